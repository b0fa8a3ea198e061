#include "channels/webhook/WebhookSender.h"

#include "base/Clock.h"
#include "channels/UrlPolicy.h"

#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace Herald {

WebhookSender::WebhookSender(QNetworkAccessManager& network, const Clock& clock, int timeoutMs,
                             ChannelKind channel)
    : m_http(network, clock, timeoutMs)
    , m_channel(channel)
{
}

void WebhookSender::send(const Delivery& delivery, const SendContext&, Done done)
{
    const QUrl url(delivery.target);
    if (const QString problem = UrlPolicy::checkEndpointUrl(url); !problem.isEmpty()) {
        done(permanent(problem));
        return;
    }
    const HttpSend::Headers headers{
        {"Content-Type", "application/json"},
        {"webhook-id", delivery.idempotencyKey.toUtf8()},
        {"webhook-timestamp", QByteArray::number(m_http.clock().now().toSecsSinceEpoch())}};
    m_http.post(m_http.request(url, headers), delivery.payload, std::move(done),
                [](SendOutcome& outcome, const QNetworkReply& reply, const QByteArray&) {
                    outcome.providerReference = HttpSend::headerReference(reply, "X-Request-Id");
                });
}

} // namespace Herald
