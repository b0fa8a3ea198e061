#include "signing/SigV4Request.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Herald {

SigV4Request SigV4Request::forUrl(const QByteArray& method, const QUrl& url, const HttpHeaderList& headers,
                                  const QByteArray& body)
{
    SigV4Request request;
    request.method = method;
    request.path = url.path(QUrl::FullyEncoded).toUtf8();
    if (request.path.isEmpty())
        request.path = "/";
    request.query = url.query(QUrl::FullyEncoded).toUtf8();
    request.headers = headers;
    request.body = body;

    const bool hasHost = std::ranges::any_of(headers, [](const auto& header) {
        return header.first.trimmed().compare("host", Qt::CaseInsensitive) == 0;
    });
    if (!hasHost) {
        QByteArray host = url.host(QUrl::FullyEncoded).toUtf8();
        if (host.contains(':')) // IPv6 literal
            host = '[' + host + ']';
        const int defaultPort = url.scheme() == u"http"_s ? 80 : url.scheme() == u"https"_s ? 443 : -1;
        if (url.port() != -1 && url.port() != defaultPort)
            host += ':' + QByteArray::number(url.port());
        request.headers.prepend({"Host", host});
    }
    return request;
}

} // namespace Herald
