#pragma once

#include "previews/ChannelPreview.h"

class QLabel;

namespace Herald {

// A message bubble on a phone, with the encoding, length and segment count carriers bill.
class SmsPreview final : public ChannelPreview {
    Q_OBJECT
public:
    explicit SmsPreview(QWidget* parent = nullptr);
    ChannelKind channel() const override { return ChannelKind::Sms; }
    void showMessage(const ChannelMessage* message) override;
    QString measureText() const;

private:
    QLabel* m_bubble;
    QLabel* m_measure;
};

} // namespace Herald
