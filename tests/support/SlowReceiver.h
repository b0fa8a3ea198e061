#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QTcpServer>
#include <QUrl>

namespace Herald::Test {

// A plain HTTP/1.1 server on 127.0.0.1 that answers every request with 200 after a delay: a
// provider that is slow but well. It keeps connections open (libcurl reuses them) and records
// each request's webhook-id, so a test sees what two processes sending at once did.
class SlowReceiver final : public QObject {
    Q_OBJECT
public:
    explicit SlowReceiver(int delayMs, QObject* parent = nullptr);

    QUrl url(const QString& path = QStringLiteral("/hook")) const;
    // The webhook-id header of each request, in the order they arrived.
    const QList<QByteArray>& webhookIds() const { return m_ids; }
    int answered() const { return m_answered; }

private:
    void readFrom(QTcpSocket* socket);

    QTcpServer m_server;
    int m_delayMs;
    QHash<QTcpSocket*, QByteArray> m_buffers; // what arrived of each connection's current request
    QList<QByteArray> m_ids;
    int m_answered = 0;
};

} // namespace Herald::Test
