// SHA-256 (FIPS 180-2 examples) and HMAC-SHA-256 (RFC 4231 test cases) through OpenSSL, with
// the input split into parts at awkward places, and against Qt's own implementation.

#include "base/Sha256.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QTest>

using namespace Herald;

class Sha256Test : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void publishedDigests()
    {
        QCOMPARE(Sha256::hash({}).toHex(),
                 QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(Sha256::hash({"abc"}).toHex(),
                 QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(Sha256::hash({"abcdbcdecdefdefgefghfghighij", "hijkijkljklmklmnlmnomnopnopq"}).toHex(),
                 QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
    }

    void publishedMacs()
    {
        // RFC 4231 test case 1: a 20-byte key of 0x0b, "Hi There".
        QCOMPARE(Sha256::hmac(QByteArray(20, '\x0b'), {"Hi ", "There"}).toHex(),
                 QByteArray("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"));
        // Test case 2: a short key.
        QCOMPARE(Sha256::hmac("Jefe", {"what do ya want ", "for nothing?"}).toHex(),
                 QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
        // Test case 6: a key longer than the block, hashed first.
        QCOMPARE(
            Sha256::hmac(QByteArray(131, '\xaa'), {"Test Using Larger Than Block-Size Key - Hash Key First"})
                .toHex(),
            QByteArray("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"));
    }

    void agreesWithQtOnRandomInput()
    {
        QRandomGenerator random(3);
        for (int i = 0; i < 500; ++i) {
            QByteArray key(int(random.bounded(100)), Qt::Uninitialized),
                data(int(random.bounded(3000)), Qt::Uninitialized);
            for (char& c : key)
                c = char(random.bounded(256));
            for (char& c : data)
                c = char(random.bounded(256));
            const qsizetype cut = data.isEmpty() ? 0 : random.bounded(data.size());
            QCOMPARE(Sha256::hash({data.first(cut), data.sliced(cut)}),
                     QCryptographicHash::hash(data, QCryptographicHash::Sha256));
            QCOMPARE(Sha256::hmac(key, {data.first(cut), data.sliced(cut)}),
                     QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha256));
        }
    }
};

QTEST_GUILESS_MAIN(Sha256Test)
#include "Sha256Test.moc"
