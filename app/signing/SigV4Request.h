#pragma once

#include <QByteArray>
#include <QList>
#include <QUrl>

#include <utility>

namespace Herald {

// Header lines in the order they are sent; a name may repeat.
using HttpHeaderList = QList<std::pair<QByteArray, QByteArray>>;

// A request exactly as it goes on the wire, which is what AWS Signature Version 4 signs.
struct SigV4Request {
    QByteArray method = "GET";
    QByteArray path = "/";  // percent-encoded, as in the request line
    QByteArray query;       // percent-encoded, as in the request line, without '?'
    HttpHeaderList headers; // must include Host
    QByteArray body;

    // The request QNetworkAccessManager sends for url: QUrl's encoded path and query, and a Host
    // header (host, plus the port when it is not the scheme's default) unless headers has one.
    static SigV4Request forUrl(const QByteArray& method, const QUrl& url, const HttpHeaderList& headers = {},
                               const QByteArray& body = {});
};

} // namespace Herald
