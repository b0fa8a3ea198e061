#include "channels/http/HttpSend.h"

#include "base/AppInfo.h"
#include "base/Clock.h"
#include "channels/AddressPolicy.h"
#include "channels/http/OutboxNetwork.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
// Enough of a provider's error text to act on; some answer with a whole HTML page.
constexpr qsizetype maxDetailLength = 300;
} // namespace

HttpSend::HttpSend(OutboxNetwork& network, const Clock& clock, int timeoutMs)
    : m_network(network)
    , m_clock(clock)
    , m_timeoutMs(timeoutMs)
{
}

HttpRequest HttpSend::request(const QUrl& url, const Headers& headers) const
{
    HttpRequest request;
    request.url = url;
    request.timeoutMs = m_timeoutMs;
    request.headers.reserve(headers.size() + 1);
    static const QByteArray userAgent = "Herald/" + AppInfo::version().toUtf8();
    request.headers.append({"User-Agent", userAgent});
    request.headers.append(headers);
    return request;
}

void HttpSend::post(HttpRequest request, const QByteArray& body, Done done, Interpret interpret)
{
    send("POST", std::move(request), body, std::move(done), std::move(interpret));
}

void HttpSend::put(HttpRequest request, const QByteArray& body, Done done, Interpret interpret)
{
    send("PUT", std::move(request), body, std::move(done), std::move(interpret));
}

void HttpSend::send(const QByteArray& verb, HttpRequest request, const QByteArray& body, Done done,
                    Interpret interpret)
{
    request.verb = verb;
    request.body = body;
    const HttpRequest sent = request; // implicitly shared: the host and timeout for the outcome
    m_network.send(std::move(request), [this, sent, done = std::move(done),
                                        interpret = std::move(interpret)](const HttpAnswer& answer) {
        SendOutcome outcome = outcomeOf(sent, answer);
        if (interpret && answer.failure != HttpAnswer::Failure::Refused)
            interpret(outcome, answer);
        done(outcome);
    });
}

SendOutcome HttpSend::outcomeOf(const HttpRequest& request, const HttpAnswer& answer) const
{
    using Failure = HttpAnswer::Failure;
    SendOutcome outcome = SendOutcome::fromHttp(answer.status, QString::fromLatin1(answer.reason),
                                                answer.header("Retry-After"), answer.error, m_clock.now());
    switch (answer.failure) {
    case Failure::None:
    case Failure::Network:
        break;
    case Failure::TimedOut:
        outcome.message = tr("No answer within %1 ms: timed out").arg(request.timeoutMs);
        break;
    case Failure::Closed:
        outcome.message = tr("The connection was closed before an answer came: %1").arg(answer.error);
        break;
    case Failure::Certificate:
        // A certificate that does not verify will not start verifying by itself: a person must look.
        outcome.kind = SendOutcome::Kind::Permanent;
        outcome.message = tr("TLS certificate of %1 not accepted: %2").arg(request.url.host(), answer.error);
        break;
    case Failure::Refused:
        outcome.kind = SendOutcome::Kind::Permanent;
        outcome.message =
            AddressPolicy::refusedMessage(request.url.host(), answer.error, answer.refusedAddress);
        break;
    }
    return outcome;
}

QString HttpSend::headerReference(const HttpAnswer& answer, const QByteArray& header)
{
    return QString::fromUtf8(answer.header(header)).trimmed();
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
