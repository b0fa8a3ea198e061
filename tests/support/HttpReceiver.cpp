#include "HttpReceiver.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QTcpServer>

using namespace Qt::StringLiterals;

namespace Herald::Test {

namespace {
QByteArray methodName(QHttpServerRequest::Method method)
{
    using enum QHttpServerRequest::Method;
    switch (method) {
    case Get:
        return "GET";
    case Put:
        return "PUT";
    case Delete:
        return "DELETE";
    case Post:
        return "POST";
    case Head:
        return "HEAD";
    case Options:
        return "OPTIONS";
    case Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}
} // namespace

HttpReceiver::HttpReceiver(QObject* parent) : QObject(parent), m_server(std::make_unique<QHttpServer>())
{
    // <arg> typed as QUrl matches the whole rest of the path.
    m_server->route(u"/<arg>"_s, [this](const QUrl&, const QHttpServerRequest& request) {
        Request r;
        r.method = methodName(request.method());
        r.path = request.url().path();
        r.query = request.url().query(QUrl::FullyEncoded);
        for (const auto& [name, value] : request.headers().toListOfPairs())
            r.headers.insert(name.toLower(), value);
        r.body = request.body();
        m_requests << r;
        const Reply reply = m_responder ? m_responder(r) : Reply{};
        QHttpServerResponse response(reply.body, QHttpServerResponse::StatusCode(reply.status));
        QHttpHeaders headers;
        for (const auto& [name, value] : reply.headers)
            headers.append(name, value);
        if (!headers.isEmpty())
            response.setHeaders(std::move(headers));
        Q_EMIT received();
        return response;
    });
    m_tcp = new QTcpServer(this);
    if (m_tcp->listen(QHostAddress::LocalHost) && m_server->bind(m_tcp))
        m_port = m_tcp->serverPort();
}

HttpReceiver::~HttpReceiver() = default;

QUrl HttpReceiver::url(const QString& path) const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(path));
}

} // namespace Herald::Test
