// Every way a send can fail, produced by real servers on loopback, and what the outbox makes of
// it: retried on the schedule (or when the server asks), or failed for a person to look at.
#include "HttpReceiver.h"
#include "TestKeychain.h"
#include "WorkflowFixture.h"
#include "delivery/Dispatcher.h"
#include "store/Store.h"

#include <QProcess>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

namespace {
enum class Fault { Status, Timeout, Reset, BadCertificate };
} // namespace
Q_DECLARE_METATYPE(Fault)

class FaultTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QSslCertificate m_certificate;
    QSslKey m_key;

private Q_SLOTS:
    void initTestCase()
    {
        // A self-signed certificate nobody trusts, made by the OpenSSL command line tool.
        QProcess openssl;
        openssl.start(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s,
                                     u"-days"_s, u"1"_s, u"-subj"_s, u"/CN=127.0.0.1"_s, u"-keyout"_s,
                                     m_dir.filePath(u"key.pem"_s), u"-out"_s, m_dir.filePath(u"cert.pem"_s)});
        QVERIFY2(openssl.waitForFinished(30000) && openssl.exitCode() == 0,
                 openssl.readAllStandardError().constData());
        QFile cert(m_dir.filePath(u"cert.pem"_s));
        QFile key(m_dir.filePath(u"key.pem"_s));
        QVERIFY(cert.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly));
        m_certificate = QSslCertificate(&cert);
        m_key = QSslKey(&key, QSsl::Rsa);
        QVERIFY(!m_certificate.isNull() && !m_key.isNull());
    }

    void classified_data()
    {
        QTest::addColumn<Fault>("fault");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<DeliveryState>("state");
        QTest::addColumn<int>("delaySeconds"); // until the next attempt; -1: none
        QTest::addColumn<QString>("said");
        QTest::newRow("timeout") << Fault::Timeout << 0 << QByteArray() << DeliveryState::Pending << 5
                                 << u"timed out"_s;
        QTest::newRow("reset") << Fault::Reset << 0 << QByteArray() << DeliveryState::Pending << 5
                               << u"closed"_s;
        QTest::newRow("400") << Fault::Status << 400 << QByteArray() << DeliveryState::Failed << -1
                             << u"HTTP 400"_s;
        QTest::newRow("401") << Fault::Status << 401 << QByteArray() << DeliveryState::Failed << -1
                             << u"HTTP 401"_s;
        QTest::newRow("404") << Fault::Status << 404 << QByteArray() << DeliveryState::Failed << -1
                             << u"HTTP 404"_s;
        QTest::newRow("410") << Fault::Status << 410 << QByteArray() << DeliveryState::Failed << -1
                             << u"HTTP 410"_s;
        QTest::newRow("429") << Fault::Status << 429 << QByteArray("120") << DeliveryState::Pending << 120
                             << u"HTTP 429"_s;
        QTest::newRow("500") << Fault::Status << 500 << QByteArray() << DeliveryState::Pending << 5
                             << u"HTTP 500"_s;
        QTest::newRow("502") << Fault::Status << 502 << QByteArray() << DeliveryState::Pending << 5
                             << u"HTTP 502"_s;
        QTest::newRow("503 Retry-After")
            << Fault::Status << 503 << QByteArray("600") << DeliveryState::Pending << 600 << u"HTTP 503"_s;
        QTest::newRow("bad certificate")
            << Fault::BadCertificate << 0 << QByteArray() << DeliveryState::Failed << -1 << u"certificate"_s;
    }

    void classified()
    {
        QFETCH(Fault, fault);
        QFETCH(int, status);
        QFETCH(QByteArray, retryAfter);
        QFETCH(DeliveryState, state);
        QFETCH(int, delaySeconds);
        QFETCH(QString, said);

        Test::HttpReceiver receiver;
        receiver.setResponder([&](const Test::HttpReceiver::Request&) {
            Test::HttpReceiver::Reply reply{status, "{\"error\":\"test\"}", {}};
            if (!retryAfter.isEmpty())
                reply.headers.append({"Retry-After", retryAfter});
            return reply;
        });
        QTcpServer silent; // accepts and never answers, or answers with a reset
        QList<QTcpSocket*> held;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        connect(&silent, &QTcpServer::pendingConnectionAvailable, &silent, [&] {
            while (QTcpSocket* socket = silent.nextPendingConnection()) {
                if (fault == Fault::Reset)
                    connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->abort(); });
                held << socket;
            }
        });
        QSslServer tls;
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(m_certificate);
        configuration.setPrivateKey(m_key);
        tls.setSslConfiguration(configuration);
        QVERIFY(tls.listen(QHostAddress::LocalHost));
        connect(&tls, &QSslServer::pendingConnectionAvailable, &tls, [&] {
            while (QTcpSocket* socket = tls.nextPendingConnection())
                held << socket;
        });

        QString url = receiver.url().toString();
        if (fault == Fault::Timeout || fault == Fault::Reset)
            url = u"http://127.0.0.1:%1/hook"_s.arg(silent.serverPort());
        if (fault == Fault::BadCertificate)
            url = u"https://127.0.0.1:%1/hook"_s.arg(tls.serverPort());

        Test::WorkflowFixture f;
        for (const ChannelEndpoint& endpoint : f.store().endpoints().all())
            f.store().endpoints().update(
                {endpoint.id, endpoint.channel, endpoint.name, endpoint.address, false});
        f.addWebhook(u"Faulty"_s, url);
        const qint64 draft = f.approvedDraft({ChannelKind::Webhook});
        f.drafts.send(draft, f.as(f.alex));

        const QDateTime sentAt = f.clock().now();
        Dispatcher dispatcher(f.store().sharedDatabase(), f.clock(), f.notifier,
                              Dispatcher::Options{RetryPolicy({0, 5, 300}, 0.0), 500, 8, 1});
        dispatcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(f.store().deliveries().forDraft(draft).value(0).attempts, 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            f.store().deliveries().forDraft(draft).value(0).state != DeliveryState::InFlight, 10000);
        const Delivery row = f.store().deliveries().forDraft(draft).value(0);
        QCOMPARE(row.state, state);
        QVERIFY2(row.lastError.contains(said, Qt::CaseInsensitive), qPrintable(row.lastError));
        if (delaySeconds >= 0)
            QCOMPARE(sentAt.secsTo(row.nextAttemptAt), delaySeconds);
        qDeleteAll(held);
    }
};

QTEST_GUILESS_MAIN(FaultTest)
#include "FaultTest.moc"
