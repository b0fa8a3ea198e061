#pragma once

#include "previews/ChannelPreview.h"

class QPlainTextEdit;

namespace Herald {

// The exact JSON the webhook receives (schema herald.update v1), pretty-printed.
class WebhookPreview final : public ChannelPreview {
    Q_OBJECT
public:
    explicit WebhookPreview(QWidget* parent = nullptr);
    ChannelKind channel() const override { return ChannelKind::Webhook; }
    void showMessage(const ChannelMessage* message) override;

private:
    QPlainTextEdit* m_view;
};

} // namespace Herald
