#pragma once

#include "channels/ChannelSender.h"
#include "channels/http/HttpSend.h"

#include <QCoreApplication>

namespace Herald {

class OutboxNetwork;

class Clock;

// POSTs the herald.update JSON payload to the endpoint, signed per Standard Webhooks v1:
// `webhook-id` is the delivery's idempotency key (the same on every retry, so receivers can drop
// a resend), `webhook-timestamp` the attempt's Unix seconds and `webhook-signature`
// "v1,<base64 HMAC-SHA256>" keyed with the endpoint's "whsec_..." secret from the keychain.
// An endpoint without a secret is not sent to at all (permanent failure): receivers cannot tell
// an unsigned update from a forged one. `herald-chain-head: <sequence>:<hex sha256>` carries the
// timeline's head at send time (SendContext::chainHead), a witness the receiver keeps: it is
// outside the signed body, which stays the approved payload byte for byte.
class WebhookSender final : public ChannelSender {
    Q_DECLARE_TR_FUNCTIONS(WebhookSender)

public:
    // No defaultRatePerSecond: receivers are ours to size, so only the endpoint's own rate applies.
    WebhookSender(OutboxNetwork& network, const Clock& clock, int timeoutMs);
    ChannelKind channel() const override { return ChannelKind::Webhook; }
    bool needsSecret() const override { return true; }
    void send(const Delivery& delivery, const SendContext& context, Done done) override;
    QString validate(const ChannelEndpoint& endpoint) const override;
    QString dryRun(const Delivery& delivery, const SendContext& context) const override;
    static inline const QByteArray chainHeadHeader = QByteArrayLiteral("herald-chain-head");

private:
    // The request's headers, signed with `secret`; throws HeraldError for a secret that is not
    // "whsec_<base64>".
    HttpSend::Headers signedHeaders(const Delivery& delivery, const SendContext& context,
                                    const QByteArray& secret) const;

    HttpSend m_http;
};

} // namespace Herald
