#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

class QHttpServer;
class QTcpServer;

namespace Herald::Test {

// A real HTTP server on 127.0.0.1 (Qt HttpServer) that records every request and answers as
// told: the far end of the channels in tests.
class HttpReceiver final : public QObject {
    Q_OBJECT
public:
    struct Request {
        QByteArray method;
        QString path;
        QString query;                         // encoded, without the '?'
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
    };
    struct Reply {
        int status = 200;
        QByteArray body = "ok";
        QList<QPair<QByteArray, QByteArray>> headers;
    };
    using Responder = std::function<Reply(const Request&)>;

    explicit HttpReceiver(QObject* parent = nullptr);
    ~HttpReceiver() override;

    QUrl url(const QString& path = QStringLiteral("/hook")) const;
    void setResponder(Responder responder) { m_responder = std::move(responder); }
    const QList<Request>& requests() const { return m_requests; }

Q_SIGNALS:
    void received();

private:
    std::unique_ptr<QHttpServer> m_server;
    QTcpServer* m_tcp = nullptr;
    quint16 m_port = 0;
    QList<Request> m_requests;
    Responder m_responder;
};

} // namespace Herald::Test
