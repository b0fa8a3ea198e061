#include "channels/sns/ProviderHttp.h"

#include "signing/SigV4Signer.h"

#include <memory>

using namespace Qt::StringLiterals;

namespace Herald {

ProviderHttp::ProviderHttp(QNetworkAccessManager& network, const Clock& clock, int timeoutMs)
    : m_send(network, clock, timeoutMs)
{
}

void ProviderHttp::send(const Request& request, Finished finished) const
{
    HttpSend::Headers headers;
    for (const auto& [name, value] : request.headers)
        if (name.compare("host", Qt::CaseInsensitive) != 0) // Qt writes Host from the URL
            headers.append({name, value});
    auto body = std::make_shared<QByteArray>();
    m_send.send(
        request.method, m_send.request(request.url, headers), request.body,
        [body, finished = std::move(finished)](const SendOutcome& outcome) {
            finished(Answer{outcome, *body, outcome.httpStatus});
        },
        [body](SendOutcome&, const QNetworkReply&, const QByteArray& answer) { *body = answer; });
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
