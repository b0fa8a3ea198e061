#pragma once

#include "channels/ChannelSender.h"
#include "channels/HttpSend.h"

class QNetworkAccessManager;

namespace Herald {

class Clock;

// POSTs the JSON payload to the endpoint with the delivery's idempotency key as `webhook-id`
// (Standard Webhooks), so receivers can drop a resend.
class WebhookSender final : public ChannelSender {
public:
    WebhookSender(QNetworkAccessManager& network, const Clock& clock, int timeoutMs,
                  ChannelKind channel = ChannelKind::Webhook);
    ChannelKind channel() const override { return m_channel; }
    void send(const Delivery& delivery, const SendContext& context, Done done) override;

private:
    HttpSend m_http;
    ChannelKind m_channel;
};

} // namespace Herald
