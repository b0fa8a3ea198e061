#pragma once

#include <QByteArray>
#include <QList>
#include <QUrl>

#include <utility>

namespace Herald {

// Header lines as a provider's documentation names them: raw names, in order.
using HttpHeaders = QList<std::pair<QByteArray, QByteArray>>;

// One HTTP request as data, for OutboxNetwork to send and for a dry run to show.
struct HttpRequest {
    QByteArray verb = "POST";
    QUrl url;
    HttpHeaders headers;
    QByteArray body;
    int timeoutMs = 30'000; // for the whole exchange, connecting included
};

} // namespace Herald
