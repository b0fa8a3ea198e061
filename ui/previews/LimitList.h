#pragma once

#include "channels/ChannelLimit.h"

#include <QLabel>

namespace Herald {

// The limits of one channel under its preview, one line each: what is measured, how much of
// the limit it uses, and whether it fits. The same look on every channel.
class LimitList final : public QLabel {
    Q_OBJECT
public:
    explicit LimitList(QWidget* parent = nullptr);
    void setLimits(const QList<ChannelLimit>& limits);
    const QList<ChannelLimit>& limits() const { return m_limits; }

private:
    QList<ChannelLimit> m_limits;
};

} // namespace Herald
