#include "SlowReceiver.h"

#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Herald::Test {

SlowReceiver::SlowReceiver(int delayMs, QObject* parent) : QObject(parent), m_delayMs(delayMs)
{
    m_server.listen(QHostAddress::LocalHost);
    connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket* socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

QUrl SlowReceiver::url(const QString& path) const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_server.serverPort()).arg(path));
}

void SlowReceiver::readFrom(QTcpSocket* socket)
{
    // Requests on one connection come one after another (libcurl does not pipeline): the buffer
    // holds the current request's head, then Content-Length bytes of body.
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        qsizetype length = 0;
        QByteArray id;
        for (const QByteArray& line : buffer.left(headEnd).split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            if (name == "content-length")
                length = line.mid(colon + 1).trimmed().toLongLong();
            else if (name == "webhook-id")
                id = line.mid(colon + 1).trimmed();
        }
        if (buffer.size() < headEnd + 4 + length)
            return;
        buffer.remove(0, headEnd + 4 + length);
        m_ids << id;
        QTimer::singleShot(m_delayMs, socket, [this, socket] {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok");
            ++m_answered;
        });
    }
}

} // namespace Herald::Test
