#include "channels/webhook/WebhookSender.h"

#include "base/Clock.h"
#include "base/HeraldError.h"
#include "channels/UrlPolicy.h"
#include "signing/StandardWebhookSignature.h"

using namespace Qt::StringLiterals;

namespace Herald {

WebhookSender::WebhookSender(OutboxNetwork& network, const Clock& clock, int timeoutMs)
    : m_http(network, clock, timeoutMs)
{
}

HttpSend::Headers WebhookSender::signedHeaders(const Delivery& delivery, const SendContext& context,
                                               const QByteArray& secret) const
{
    const QString key = QString::fromUtf8(secret).trimmed();
    if (!StandardWebhookSignature::decodeSecret(key))
        throw HeraldError(tr("The signing secret is not a Standard Webhooks secret (whsec_ and base64)"));
    const QByteArray id = delivery.idempotencyKey.toUtf8();
    const qint64 timestamp = m_http.clock().now().toSecsSinceEpoch();
    HttpSend::Headers headers{{"Content-Type", "application/json"},
                              {"webhook-id", id},
                              {"webhook-timestamp", QByteArray::number(timestamp)}};
    if (!context.chainHead.isEmpty())
        headers.append({chainHeadHeader, context.chainHead.text()});
    // Last, where dryRun() masks it.
    headers.append(
        {"webhook-signature", StandardWebhookSignature::sign(key, id, timestamp, delivery.payload)});
    return headers;
}

QString WebhookSender::validate(const ChannelEndpoint& endpoint) const
{
    return UrlPolicy::checkEndpointUrl(QUrl(endpoint.address));
}

QString WebhookSender::dryRun(const Delivery& delivery, const SendContext& context) const
{
    HttpSend::Headers headers;
    try {
        // A stand-in secret when none is stored: the dry run shows the request's shape.
        headers = signedHeaders(delivery, context,
                                context.secret.isEmpty() ? StandardWebhookSignature::generateSecret().toUtf8()
                                                         : context.secret);
    } catch (const HeraldError& error) {
        return error.message();
    }
    headers.last().second = "v1,***";
    return HttpSend::describe("POST", delivery.target, headers, delivery.payload);
}

void WebhookSender::send(const Delivery& delivery, const SendContext& context, Done done)
{
    const QUrl url(delivery.target);
    if (const QString problem = UrlPolicy::checkEndpointUrl(url); !problem.isEmpty()) {
        done(permanent(problem));
        return;
    }
    if (context.secret.isEmpty()) {
        done(permanent(tr("No signing secret stored in the keychain for %1").arg(delivery.target)));
        return;
    }
    HttpSend::Headers headers;
    try {
        headers = signedHeaders(delivery, context, context.secret);
    } catch (const HeraldError& error) {
        done(permanent(error.message()));
        return;
    }
    m_http.post(m_http.request(url, headers), delivery.payload, std::move(done),
                [](SendOutcome& outcome, const HttpAnswer& answer) {
                    outcome.providerReference = HttpSend::headerReference(answer, "X-Request-Id");
                });
}

} // namespace Herald
