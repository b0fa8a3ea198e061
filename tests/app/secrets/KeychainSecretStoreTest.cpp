// Secrets go to a real Secret Service (gnome-keyring on a private D-Bus session), and come back.
#include "secrets/KeychainSecretStore.h"

#include "PrivateSecretService.h"
#include "TestKeychain.h"

#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

class KeychainSecretStoreTest : public QObject {
    Q_OBJECT

    std::unique_ptr<Test::PrivateSecretService> m_service;

    QString write(SecretStore& store, const QString& key, const QByteArray& secret)
    {
        std::optional<QString> result;
        store.write(key, secret, [&](const QString& error) { result = error; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
            return u"timed out"_s;
        return *result;
    }

    std::pair<std::optional<QByteArray>, QString> read(SecretStore& store, const QString& key)
    {
        return Test::Keychain::awaitRead([&](SecretStore::ReadDone done) { store.read(key, done); });
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_service = std::make_unique<Test::PrivateSecretService>();
        QVERIFY2(m_service->error().isEmpty(), qPrintable(m_service->error()));
    }

    void cleanupTestCase() { m_service.reset(); }

    void roundTrip()
    {
        KeychainSecretStore store(u"herald-test"_s);
        const QByteArray token("xoxb-1234-not-a-real-token\x00\xff", 30);
        const QString key = SecretStore::endpointKey(u"0123abcd"_s, 7);
        QCOMPARE(key, u"0123abcd/endpoint/7"_s);
        QCOMPARE(write(store, key, token), QString());
        auto [secret, error] = read(store, key);
        QVERIFY2(secret, qPrintable(error));
        QCOMPARE(*secret, token);
        QCOMPARE(write(store, key, "rotated"), QString());
        QCOMPARE(*read(store, key).first, QByteArray("rotated"));
        // Another service name does not see it.
        KeychainSecretStore other(u"someone-else"_s);
        QVERIFY(!read(other, key).first);
        // Removed: reading says what is missing.
        std::optional<QString> removed;
        store.remove(key, [&](const QString& e) { removed = e; });
        QTRY_VERIFY(removed.has_value());
        QCOMPARE(*removed, QString());
        auto [gone, why] = read(store, key);
        QVERIFY(!gone);
        QVERIFY2(why.contains(u"0123abcd/endpoint/7"_s), qPrintable(why));
    }

    void secretIsNotStoredInPlainText()
    {
        KeychainSecretStore store(u"herald-test"_s);
        QCOMPARE(write(store, u"endpoint/9"_s, "plain-text-would-show-this"), QString());
        bool found = false;
        int files = 0;
        for (QDirIterator it(m_service->keyringDir(), QDir::Files, QDirIterator::Subdirectories);
             it.hasNext();) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            found |= file.readAll().contains("plain-text-would-show-this");
            ++files;
        }
        QVERIFY(files > 0); // the keyring really is where we look
        QVERIFY(!found);    // and it is encrypted
    }
};

QTEST_GUILESS_MAIN(KeychainSecretStoreTest)
#include "KeychainSecretStoreTest.moc"
