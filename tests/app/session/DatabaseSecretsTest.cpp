// Two databases with the same endpoint id keep separate credentials in the (test's own, real)
// keychain: endpoint ids start at 1 in every database, so the key names the database as well.

#include "base/ManualClock.h"
#include "secrets/EndpointSecrets.h"
#include "secrets/KeychainSecretStore.h"
#include "session/Session.h"
#include "support/TestKeychain.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

class DatabaseSecretsTest : public QObject {
    Q_OBJECT

    ManualClock m_clock{QDateTime(QDate(2026, 11, 26), QTime(14, 0), QTimeZone::UTC)};
    QTemporaryDir m_dir;

    std::unique_ptr<Session> open(const QString& name)
    {
        return std::make_unique<Session>(Database::open(m_dir.filePath(name), m_clock), m_clock,
                                         Dispatcher::Options{});
    }

    static qint64 addWebhook(Session& session)
    {
        return session.store().endpoints().add(
            {0, ChannelKind::Webhook, u"Status hook"_s, u"https://hooks.example.com/herald"_s, true});
    }

    static QString save(Session& session, qint64 endpointId, const QByteArray& secret)
    {
        std::optional<QString> result;
        session.saveEndpointSecret(endpointId, secret, [&](const QString& error) { result = error; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
            return u"timed out"_s;
        return *result;
    }

    // What the dispatcher reads for the endpoint of this session's database.
    static std::optional<QByteArray> dispatcherReads(const Session& session, qint64 endpointId)
    {
        KeychainSecretStore keychain;
        std::optional<std::optional<QByteArray>> answer;
        EndpointSecrets::read(keychain, session.store().databaseId(), endpointId,
                              [&](std::optional<QByteArray> secret, const QString&) { answer = secret; });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 10000))
            qFatal("the keychain did not answer");
        return *answer;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString keychain = Test::Keychain::start();
        QVERIFY2(keychain.isEmpty(), qPrintable(keychain));
        QVERIFY(m_dir.isValid());
    }

    void sameEndpointIdSeparateCredentials()
    {
        auto production = open(u"production.sqlite"_s);
        auto test = open(u"test.sqlite"_s);
        QVERIFY(production->store().databaseId() != test->store().databaseId());
        const qint64 inProduction = addWebhook(*production);
        const qint64 inTest = addWebhook(*test);
        QCOMPARE(inProduction, inTest); // the clash the database id resolves

        QCOMPARE(save(*production, inProduction, "whsec_production"), QString());
        QCOMPARE(save(*test, inTest, "whsec_test"), QString());
        QCOMPARE(dispatcherReads(*production, inProduction), std::optional<QByteArray>("whsec_production"));
        QCOMPARE(dispatcherReads(*test, inTest), std::optional<QByteArray>("whsec_test"));

        // Reopened, the production database finds its own credential again.
        production.reset();
        production = open(u"production.sqlite"_s);
        QCOMPARE(dispatcherReads(*production, inProduction), std::optional<QByteArray>("whsec_production"));
        // A third database with an endpoint 1 has none.
        auto third = open(u"drill.sqlite"_s);
        QCOMPARE(addWebhook(*third), inProduction);
        QCOMPARE(dispatcherReads(*third, inProduction), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(DatabaseSecretsTest)
#include "DatabaseSecretsTest.moc"
