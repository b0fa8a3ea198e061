#include "channels/webhook/WebhookSender.h"

#include "base/AppInfo.h"
#include "base/Clock.h"
#include "channels/UrlPolicy.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace Herald {

WebhookSender::WebhookSender(QNetworkAccessManager& network, const Clock& clock, int timeoutMs,
                             ChannelKind channel)
    : m_network(network)
    , m_clock(clock)
    , m_timeoutMs(timeoutMs)
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
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setHeader(QNetworkRequest::UserAgentHeader, QString(u"Herald/"_s + AppInfo::version()));
    request.setRawHeader("webhook-id", delivery.idempotencyKey.toUtf8());
    request.setRawHeader("webhook-timestamp", QByteArray::number(m_clock.now().toSecsSinceEpoch()));
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    QNetworkReply* reply = m_network.post(request, delivery.payload);
    QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        SendOutcome outcome = SendOutcome::fromHttp(
            status, reason, reply->rawHeader("Retry-After"),
            reply->error() == QNetworkReply::NoError ? QString() : reply->errorString(), m_clock.now());
        outcome.providerReference = QString::fromUtf8(reply->rawHeader("X-Request-Id"));
        // Qt reports its transfer timeout as a cancelled operation; say what happened.
        if (reply->error() == QNetworkReply::OperationCanceledError)
            outcome.message =
                QCoreApplication::translate("WebhookSender", "No answer within %1 ms: timed out")
                    .arg(m_timeoutMs);
        // A certificate that does not verify will not start verifying by itself: a person must
        // look (and Herald never turns verification off).
        if (reply->error() == QNetworkReply::SslHandshakeFailedError) {
            outcome.kind = SendOutcome::Kind::Permanent;
            outcome.message =
                QCoreApplication::translate("WebhookSender", "TLS certificate of %1 not accepted: %2")
                    .arg(reply->url().host(), reply->errorString());
        }
        done(outcome);
    });
}

} // namespace Herald
