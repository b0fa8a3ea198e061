#include "channels/HttpSend.h"

#include "base/AppInfo.h"
#include "base/Clock.h"
#include "channels/OutboxNetwork.h"
#include "channels/UrlPolicy.h"

#include <QHostInfo>
#include <QHttp1Configuration>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
// Enough of a provider's error text to act on; some answer with a whole HTML page.
constexpr qsizetype maxDetailLength = 300;
constexpr int connectionsPerHost = 64;
} // namespace

HttpSend::HttpSend(QNetworkAccessManager& network, const Clock& clock, int timeoutMs)
    : m_network(network)
    , m_clock(clock)
    , m_timeoutMs(timeoutMs)
{
}

QNetworkRequest HttpSend::request(const QUrl& url, const Headers& headers) const
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, QString(u"Herald/"_s + AppInfo::version()));
    request.setTransferTimeout(m_timeoutMs);
    // Qt opens 6 connections per host by default. Every Slack webhook lives on one host, as may
    // every endpoint of a channel, so that would quietly cap the dispatcher's own limit on
    // sends in flight per channel (Dispatcher::Options), which is the limit meant to hold.
    QHttp1Configuration http1;
    http1.setNumberOfConnectionsPerHost(connectionsPerHost);
    request.setHttp1Configuration(http1);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    return request;
}

void HttpSend::post(const QNetworkRequest& request, const QByteArray& body, Done done, Interpret interpret)
{
    send("POST", request, body, std::move(done), std::move(interpret));
}

void HttpSend::put(const QNetworkRequest& request, const QByteArray& body, Done done, Interpret interpret)
{
    send("PUT", request, body, std::move(done), std::move(interpret));
}

void HttpSend::send(const QByteArray& verb, const QNetworkRequest& request, const QByteArray& body, Done done,
                    Interpret interpret)
{
    const QString host = request.url().host();
    if (UrlPolicy::isLoopbackHost(host)) {
        finish(m_network.sendCustomRequest(request, verb, body), std::move(done), std::move(interpret));
        return;
    }
    // The address is checked where it is known: once the name is looked up. (Qt looks it up
    // again to connect, from its cache; a name server that answers differently within that
    // moment is not caught, as the address is not pinned.)
    QHostInfo::lookupHost(
        host, &m_network, [this, verb, request, body, done, interpret](const QHostInfo& info) {
            if (const QString refusal = refusalFor(request.url().host(), info); !refusal.isEmpty()) {
                SendOutcome outcome;
                outcome.kind = SendOutcome::Kind::Permanent;
                outcome.message = refusal;
                done(outcome);
                return;
            }
            // A name that does not resolve fails in Qt's own lookup, with its own error.
            finish(m_network.sendCustomRequest(request, verb, body), done, interpret);
        });
}

QString HttpSend::refusalFor(const QString& host, const QHostInfo& info) const
{
    const AddressPolicy policy = OutboxNetwork::policyOf(m_network);
    for (const QHostAddress& address : info.addresses())
        if (const QString what = policy.refusal(address); !what.isEmpty())
            return tr("Refused to connect to %1: it is %2 (%3). If this endpoint is on your own network, "
                      "allow its range under File → Channels, \"Private networks senders may reach\".")
                .arg(host, what, address.toString());
    return {};
}

void HttpSend::finish(QNetworkReply* reply, Done done, Interpret interpret) const
{
    QObject::connect(
        reply, &QNetworkReply::finished, reply,
        [this, reply, done = std::move(done), interpret = std::move(interpret)] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
            const QNetworkReply::NetworkError error = reply->error();
            SendOutcome outcome = SendOutcome::fromHttp(
                status, reason, reply->rawHeader("Retry-After"),
                error == QNetworkReply::NoError ? QString() : reply->errorString(), m_clock.now());
            // Qt reports its transfer timeout as a cancelled operation; say what happened.
            if (error == QNetworkReply::OperationCanceledError)
                outcome.message = tr("No answer within %1 ms: timed out").arg(m_timeoutMs);
            // A certificate that does not verify will not start verifying by itself:
            // a person must look.
            if (error == QNetworkReply::SslHandshakeFailedError) {
                outcome.kind = SendOutcome::Kind::Permanent;
                outcome.message = tr("TLS certificate of %1 not accepted: %2")
                                      .arg(reply->url().host(), reply->errorString());
            }
            if (interpret)
                interpret(outcome, *reply, reply->readAll());
            done(outcome);
        });
}

QString HttpSend::headerReference(const QNetworkReply& reply, const QByteArray& header)
{
    return QString::fromUtf8(reply.rawHeader(header)).trimmed();
}

QString HttpSend::jsonReference(const QByteArray& body, const QString& path)
{
    QJsonValue value = QJsonDocument::fromJson(body).object();
    for (const QString& key : path.split(u'.'))
        value = value.toObject().value(key);
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

void HttpSend::addDetail(SendOutcome& outcome, const QString& detail)
{
    QString text = detail.simplified();
    if (text.isEmpty())
        return;
    if (text.size() > maxDetailLength)
        text = text.left(maxDetailLength - 1) + u'…';
    outcome.message = outcome.message.isEmpty() ? text : outcome.message + u": "_s + text;
}

QString HttpSend::describe(const QByteArray& verb, const QString& url, const Headers& headers,
                           const QByteArray& body)
{
    QString text = QString::fromLatin1(verb) + u' ' + url + u'\n';
    for (const auto& [name, value] : headers)
        text += QString::fromLatin1(name) + u": "_s + QString::fromUtf8(value) + u'\n';
    return text + u'\n' + QString::fromUtf8(body);
}

} // namespace Herald
