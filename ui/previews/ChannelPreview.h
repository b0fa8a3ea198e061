#pragma once

#include "channels/ChannelLimit.h"
#include "domain/ChannelMessage.h"

#include <QWidget>

namespace Herald {

class LimitList;

// Shows one channel's message the way its readers will see it, with the channel's limits.
class ChannelPreview : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;
    virtual ChannelKind channel() const = 0;
    // nullptr when the draft does not go to this channel.
    virtual void showMessage(const ChannelMessage* message) = 0;
    // The channel's limits measured on the message shown; previews put limitList() in their
    // layout so every channel shows its limits the same way.
    void showLimits(const QList<ChannelLimit>& limits);
    LimitList* limitList();

private:
    LimitList* m_limitList = nullptr;
};

} // namespace Herald
