#pragma once

#include "channels/webhook/ChatWebhookSender.h"

namespace Herald {

// A Mattermost incoming webhook (https://<server>/hooks/<key>, any https host: Mattermost is
// self-hosted) posting MattermostComposer's message. It answers 200 "ok"; errors are JSON
// {"id": "...", "message": "...", "status_code": ...}, classified by their HTTP status.
class MattermostSender final : public ChatWebhookSender {
    Q_DECLARE_TR_FUNCTIONS(MattermostSender)

public:
    // No defaultRatePerSecond: Mattermost documents no per-webhook limit (a server may set its own).
    MattermostSender(OutboxNetwork& network, const Clock& clock, int timeoutMs);
    ChannelKind channel() const override { return ChannelKind::Mattermost; }

protected:
    bool acceptsHost(const QString&) const override { return true; }
    QString serviceHosts() const override;
    void interpret(SendOutcome& outcome, const HttpAnswer& answer) const override;
};

} // namespace Herald
