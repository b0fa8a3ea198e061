#pragma once

#include "channels/webhook/ChatWebhookSender.h"

namespace Herald {

// A Slack incoming webhook (https://hooks.slack.com/services/T…/B…/…) posting SlackComposer's
// Block Kit message. Slack answers 200 "ok", or a status with a plain-text error code:
// 400 invalid_payload, 403 action_prohibited, 404 no_service / channel_not_found,
// 410 channel_is_archived (a person must look), 429 with Retry-After, 500 rollup_error (retried).
class SlackSender final : public ChatWebhookSender {
    Q_DECLARE_TR_FUNCTIONS(SlackSender)

public:
    // Slack allows one message per second per incoming webhook (short bursts tolerated).
    double defaultRatePerSecond() const override { return 1.0; }

    SlackSender(OutboxNetwork& network, const Clock& clock, int timeoutMs);
    ChannelKind channel() const override { return ChannelKind::Slack; }

protected:
    bool acceptsHost(const QString& host) const override;
    QString serviceHosts() const override;
    void interpret(SendOutcome& outcome, const HttpAnswer& answer) const override;
};

} // namespace Herald
