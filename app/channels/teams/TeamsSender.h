#pragma once

#include "channels/webhook/ChatWebhookSender.h"

namespace Herald {

// A Microsoft Teams Workflows webhook ("When a Teams webhook request is received", on
// *.logic.azure.com or *.powerplatform.com) posting TeamsComposer's Adaptive Card message.
// Workflows answer 202 Accepted (200 from older flows); 400/401/403/404 need a person, 429 and
// 5xx are retried. A 202 only means the flow started: a card the flow rejects later shows up
// in the flow's run history, whose id is kept as the provider reference.
class TeamsSender final : public ChatWebhookSender {
    Q_DECLARE_TR_FUNCTIONS(TeamsSender)

public:
    // Teams throttles a webhook above 4 requests per second.
    double defaultRatePerSecond() const override { return 4.0; }

    TeamsSender(OutboxNetwork& network, const Clock& clock, int timeoutMs);
    ChannelKind channel() const override { return ChannelKind::Teams; }

protected:
    bool acceptsHost(const QString& host) const override;
    QString serviceHosts() const override;
    void interpret(SendOutcome& outcome, const HttpAnswer& answer) const override;
};

} // namespace Herald
