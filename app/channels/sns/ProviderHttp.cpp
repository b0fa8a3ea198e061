#include "channels/sns/ProviderHttp.h"

#include "base/Clock.h"
#include "signing/SigV4Signer.h"

#include <QTimeZone>

#include <memory>

using namespace Qt::StringLiterals;

namespace Herald {

ProviderHttp::ProviderHttp(OutboxNetwork& network, const Clock& clock, int timeoutMs)
    : m_send(network, clock, timeoutMs)
{
}

void ProviderHttp::send(const Request& request, Finished finished) const
{
    HttpSend::Headers headers;
    for (const auto& [name, value] : request.headers)
        if (name.compare("host", Qt::CaseInsensitive) != 0) // libcurl writes Host from the URL
            headers.append({name, value});
    auto body = std::make_shared<QByteArray>();
    m_send.send(
        request.method, m_send.request(request.url, headers), request.body,
        [body, finished = std::move(finished)](const SendOutcome& outcome) {
            finished(Answer{outcome, *body, outcome.httpStatus});
        },
        [body, this](SendOutcome& outcome, const HttpAnswer& answer) {
            *body = answer.body;
            if (outcome.kind == SendOutcome::Kind::Retry && !outcome.retryAfterSeconds)
                outcome.retryAfterSeconds = rateLimitReset(answer, m_send.clock().now());
        });
}

std::optional<qint64> ProviderHttp::rateLimitReset(const HttpAnswer& reply, const QDateTime& now)
{
    // Mastodon: X-RateLimit-Reset, an ISO 8601 time; Bluesky: RateLimit-Reset, Unix seconds.
    const QByteArray value = reply.hasHeader("X-RateLimit-Reset") ? reply.header("X-RateLimit-Reset")
                                                                  : reply.header("RateLimit-Reset");
    if (value.isEmpty())
        return std::nullopt;
    bool number = false;
    const qint64 seconds = value.trimmed().toLongLong(&number);
    QDateTime when = number ? QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::UTC)
                            : QDateTime::fromString(QString::fromLatin1(value.trimmed()), Qt::ISODateWithMs);
    if (number && seconds < 1'000'000'000) // a delay, as the IETF RateLimit draft has it
        when = now.addSecs(seconds);
    if (!when.isValid())
        return std::nullopt;
    return std::max<qint64>(0, now.secsTo(when));
}

QString ProviderHttp::describe(const Request& request)
{
    HttpSend::Headers headers;
    for (const auto& [name, value] : request.headers)
        headers.append({name, name.compare("authorization", Qt::CaseInsensitive) == 0
                                  ? value.left(value.indexOf(' ')) + " ***"
                                  : value});
    QString text =
        HttpSend::describe(request.method, request.url.toString(QUrl::FullyEncoded), headers, request.body);
    while (text.endsWith(u'\n'))
        text.chop(1);
    return text;
}

QByteArray ProviderHttp::formEncode(const QList<std::pair<QString, QString>>& fields)
{
    QByteArray body;
    for (const auto& [name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += SigV4Signer::uriEncode(name.toUtf8()) + '=' + SigV4Signer::uriEncode(value.toUtf8());
    }
    return body;
}

} // namespace Herald
