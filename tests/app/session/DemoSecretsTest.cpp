// The demo can send: creating it gives its webhook endpoint a Standard Webhooks signing secret in
// the (test's own, real) keychain, and the secret is nowhere in the database files.

#include "base/ManualClock.h"
#include "secrets/KeychainSecretStore.h"
#include "session/Session.h"
#include "signing/StandardWebhookSignature.h"
#include "support/TestKeychain.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

class DemoSecretsTest : public QObject {
    Q_OBJECT

    ManualClock m_clock{QDateTime(QDate(2026, 11, 26), QTime(14, 0), QTimeZone::UTC)};

    static std::optional<QByteArray> stored(const QString& databaseId, qint64 endpointId)
    {
        std::optional<std::optional<QByteArray>> answer;
        KeychainSecretStore().read(
            SecretStore::endpointKey(databaseId, endpointId),
            [&](std::optional<QByteArray> secret, const QString&) { answer = secret; });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 10000))
            qFatal("the keychain did not answer");
        return *answer;
    }

    // Seeds the demo into a new database in dir and waits for its secrets.
    static QString seed(Session& session, const QDateTime& now)
    {
        std::optional<QString> result;
        session.seedDemo(now, [&](const QString& error) { result = error; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
            qFatal("seedDemo never finished");
        return *result;
    }

    static QList<ChannelEndpoint> webhooks(const Session& session)
    {
        QList<ChannelEndpoint> found;
        for (const ChannelEndpoint& e : session.store().endpoints().all())
            if (e.channel == ChannelKind::Webhook)
                found.append(e);
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString keychain = Test::Keychain::start();
        QVERIFY2(keychain.isEmpty(), qPrintable(keychain));
    }

    void demoWebhookGetsASecretInTheKeychainOnly()
    {
        QTemporaryDir dir;
        auto session = std::make_unique<Session>(Database::open(dir.filePath(u"demo.sqlite"_s), m_clock),
                                                 m_clock, Dispatcher::Options{});
        QCOMPARE(seed(*session, m_clock.now()), QString());

        const QList<ChannelEndpoint> endpoints = webhooks(*session);
        QVERIFY(!endpoints.isEmpty());
        QStringList secrets;
        for (const ChannelEndpoint& endpoint : endpoints) {
            const std::optional<QByteArray> secret = stored(session->store().databaseId(), endpoint.id);
            QVERIFY2(secret, qPrintable(endpoint.name));
            const QString text = QString::fromUtf8(*secret);
            QVERIFY2(text.startsWith(u"whsec_"_s), qPrintable(text));
            QVERIFY(StandardWebhookSignature::decodeSecret(text));
            QVERIFY(!secrets.contains(text));
            secrets.append(text);
        }
        // A signature made with it verifies, as a receiver given the secret would check.
        const qint64 at = m_clock.now().toSecsSinceEpoch();
        const QByteArray signature = StandardWebhookSignature::sign(secrets.first(), "msg_1", at, "{}");
        QCOMPARE(StandardWebhookSignature::verify(secrets.first(), "msg_1", QByteArray::number(at), signature,
                                                  "{}", m_clock.now()),
                 StandardWebhookSignature::Verdict::Valid);

        // Neither the secret nor its key part is anywhere in the database, its WAL or anything beside.
        session.reset();
        const QStringList files = QDir(dir.path()).entryList(QDir::Files);
        QVERIFY(files.contains(u"demo.sqlite"_s));
        for (const QString& name : files) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            for (const QString& secret : std::as_const(secrets)) {
                QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(name));
                QVERIFY2(!bytes.contains(secret.mid(6).toUtf8()), qPrintable(name));
            }
        }
    }

    void anotherDatabasesSecretIsUntouched()
    {
        // Another database's endpoint 1 has its secret; the demo's endpoint 1 gets its own.
        QTemporaryDir dir;
        const QString other = Database::open(dir.filePath(u"team.sqlite"_s), m_clock)->id();
        const QString existing = Test::Keychain::putWebhookSecret(other, 1);
        Session session(Database::open(dir.filePath(u"demo.sqlite"_s), m_clock), m_clock,
                        Dispatcher::Options{});
        QCOMPARE(seed(session, m_clock.now()), QString());
        const QList<ChannelEndpoint> endpoints = webhooks(session);
        QVERIFY(!endpoints.isEmpty());
        QCOMPARE(endpoints.first().id, 1);
        const std::optional<QByteArray> demo = stored(session.store().databaseId(), 1);
        QVERIFY(demo);
        QVERIFY(demo->startsWith("whsec_"));
        QVERIFY(*demo != existing.toUtf8());
        QCOMPARE(stored(other, 1), std::optional<QByteArray>(existing.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(DemoSecretsTest)
#include "DemoSecretsTest.moc"
