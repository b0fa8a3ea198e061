// Credentials are per database. One an older Herald stored under the bare endpoint id
// ("endpoint/<id>", shared by every database on the machine) is never used nor moved: no
// database can tell it was its own, so the user is told to enter it again.
#include "secrets/EndpointSecrets.h"

#include "PrivateSecretService.h"
#include "TestKeychain.h"
#include "secrets/KeychainSecretStore.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

class EndpointSecretsTest : public QObject {
    Q_OBJECT

    std::unique_ptr<Test::PrivateSecretService> m_service;
    KeychainSecretStore m_store{u"herald-endpoint-secrets-test"_s};

    QString write(const QString& key, const QByteArray& secret)
    {
        std::optional<QString> result;
        m_store.write(key, secret, [&](const QString& error) { result = error; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
            return u"timed out"_s;
        return *result;
    }

    // The store's own read, by key.
    std::optional<QByteArray> stored(const QString& key)
    {
        std::optional<std::optional<QByteArray>> result;
        m_store.read(key, [&](std::optional<QByteArray> secret, const QString&) { result = secret; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
            qFatal("the keychain did not answer");
        return *result;
    }

    // The dispatcher's read.
    std::pair<std::optional<QByteArray>, QString> read(const QString& databaseId, qint64 endpointId)
    {
        return Test::Keychain::awaitRead([&](SecretStore::ReadDone done) {
            EndpointSecrets::read(m_store, databaseId, endpointId, done);
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_service = std::make_unique<Test::PrivateSecretService>();
        QVERIFY2(m_service->error().isEmpty(), qPrintable(m_service->error()));
    }

    void cleanupTestCase() { m_service.reset(); }

    void readsThisDatabasesKey()
    {
        QCOMPARE(write(SecretStore::endpointKey(u"aaaa"_s, 3), "a-secret"), QString());
        QCOMPARE(write(SecretStore::endpointKey(u"bbbb"_s, 3), "b-secret"), QString());
        QCOMPARE(read(u"aaaa"_s, 3).first, std::optional<QByteArray>("a-secret"));
        QCOMPARE(read(u"bbbb"_s, 3).first, std::optional<QByteArray>("b-secret"));
        // No entry at all: the error names this database's key, not the old one.
        const auto [none, why] = read(u"cccc"_s, 3);
        QVERIFY(!none);
        QVERIFY2(why.contains(u"cccc/endpoint/3"_s), qPrintable(why));
    }

    void anOldEntryIsNeitherUsedNorMoved()
    {
        QCOMPARE(EndpointSecrets::legacyKey(5), u"endpoint/5"_s);
        QCOMPARE(write(EndpointSecrets::legacyKey(5), "from-an-older-herald"), QString());

        // Whichever database reads first (a demo, a test) must not take a real one's credential:
        // nothing is returned, nothing moves, and the failure says what to do.
        const auto [secret, why] = read(u"first"_s, 5);
        QCOMPARE(secret, std::nullopt);
        QVERIFY2(why.contains(u"older Herald"_s) && why.contains(u"again"_s), qPrintable(why));
        QVERIFY2(why.contains(u"first/endpoint/5"_s), qPrintable(why));
        QCOMPARE(stored(SecretStore::endpointKey(u"first"_s, 5)), std::nullopt);
        QCOMPARE(stored(EndpointSecrets::legacyKey(5)), std::optional<QByteArray>("from-an-older-herald"));
        // Nor does a second database take it.
        QCOMPARE(read(u"second"_s, 5).first, std::nullopt);
        QCOMPARE(stored(EndpointSecrets::legacyKey(5)), std::optional<QByteArray>("from-an-older-herald"));
    }

    void anOldEntryNeverReplacesThisDatabasesOwn()
    {
        QCOMPARE(write(EndpointSecrets::legacyKey(6), "old"), QString());
        QCOMPARE(write(SecretStore::endpointKey(u"mine"_s, 6), "mine"), QString());
        QCOMPARE(read(u"mine"_s, 6).first, std::optional<QByteArray>("mine"));
        QCOMPARE(stored(EndpointSecrets::legacyKey(6)), std::optional<QByteArray>("old"));
    }
};

QTEST_GUILESS_MAIN(EndpointSecretsTest)
#include "EndpointSecretsTest.moc"
