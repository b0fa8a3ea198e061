#pragma once

#include <QTcpServer>
#include <QUrl>

namespace Herald::Test {

// A server on 127.0.0.1 that accepts connections and never answers: a provider that hangs.
// Counts the connections made to it, so a test can tell a request that went out from one held back.
class SilentServer {
public:
    SilentServer()
    {
        m_server.listen(QHostAddress::LocalHost);
        QObject::connect(&m_server, &QTcpServer::pendingConnectionAvailable, &m_server, [this] {
            while (m_server.nextPendingConnection()) // kept (and closed) by the server
                ++m_connections;
        });
    }

    bool isListening() const { return m_server.isListening(); }
    QUrl url(const QString& path = QStringLiteral("/hook")) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }
    int connections() const { return m_connections; }

private:
    QTcpServer m_server;
    int m_connections = 0;
};

} // namespace Herald::Test
