#include "base/HeraldError.h"
#include "signing/StandardWebhookSignature.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Herald;

using Verdict = StandardWebhookSignature::Verdict;

// Standard Webhooks v1 signatures against the reference libraries' vectors
// (tests/data/standard_webhooks), plus the tolerance edges, rotation and new secrets.
class StandardWebhookTest : public QObject {
    Q_OBJECT

    QJsonObject m_vectors;
    // The reference vector: sign_function.
    QString m_secret;
    QByteArray m_id;
    qint64 m_timestamp = 0;
    QByteArray m_body;
    QByteArray m_expected;

    QJsonObject symmetric(const QString& name) const
    {
        for (const QJsonValue& entry : m_vectors.value(u"symmetric"_s).toArray())
            if (entry.toObject().value(u"name"_s).toString() == name)
                return entry.toObject();
        qFatal("no vector %s", qPrintable(name));
    }
    QDateTime at(qint64 seconds) const { return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::UTC); }
    Verdict verify(const QByteArray& signatures, const QString& secret = {}) const
    {
        return StandardWebhookSignature::verify(secret.isEmpty() ? m_secret : secret, m_id,
                                                QByteArray::number(m_timestamp), signatures, m_body,
                                                at(m_timestamp));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QFile file(QDir(QStringLiteral(HERALD_TEST_DATA))
                       .filePath(u"standard_webhooks/standard_webhooks_vectors.json"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_vectors = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonObject vector = symmetric(u"sign_function"_s);
        m_secret = vector.value(u"secret"_s).toString();
        m_id = vector.value(u"msg_id"_s).toString().toUtf8();
        m_timestamp = vector.value(u"timestamp"_s).toInteger();
        m_body = vector.value(u"payload"_s).toString().toUtf8();
        m_expected = vector.value(u"expected_signature_header"_s).toString().toUtf8();
        QCOMPARE(m_expected, "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    void signsTheReferenceVector()
    {
        QCOMPARE(StandardWebhookSignature::sign(m_secret, m_id, m_timestamp, m_body), m_expected);
        // The prefix is optional, as in the reference libraries.
        QCOMPARE(StandardWebhookSignature::sign(m_secret.mid(6), m_id, m_timestamp, m_body), m_expected);
        QCOMPARE(StandardWebhookSignature::decodeSecret(m_secret)->size(),
                 symmetric(u"sign_function"_s).value(u"secret_key_bytes_len"_s).toInt());
    }

    void verifiesTheReferenceVector() { QCOMPARE(verify(m_expected), Verdict::Valid); }

    void rejectsAChangedSignature()
    {
        const QJsonObject vector = symmetric(u"invalid_signature_one_char_changed"_s);
        QCOMPARE(vector.value(u"expect_valid"_s).toBool(true), false);
        QCOMPARE(verify(vector.value(u"signature_header"_s).toString().toUtf8()),
                 Verdict::NoMatchingSignature);
        // And the body, id and secret are all covered.
        QCOMPARE(StandardWebhookSignature::verify(m_secret, m_id, QByteArray::number(m_timestamp), m_expected,
                                                  QByteArray(m_body + ' '), at(m_timestamp)),
                 Verdict::NoMatchingSignature);
        QCOMPARE(StandardWebhookSignature::verify(m_secret, "msg_other", QByteArray::number(m_timestamp),
                                                  m_expected, m_body, at(m_timestamp)),
                 Verdict::NoMatchingSignature);
        QCOMPARE(verify(m_expected, u"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSx"_s),
                 Verdict::NoMatchingSignature);
    }

    void acceptsAnyMatchingV1Entry()
    {
        const QString pattern =
            symmetric(u"multi_signature_header"_s).value(u"signature_header_template"_s).toString();
        QVERIFY(pattern.contains(u"<valid v1 sig>"_s));
        QByteArray header = pattern.toUtf8();
        header.replace("<valid v1 sig>", m_expected);
        QCOMPARE(verify(header), Verdict::Valid);
        // The same list without the valid entry; and the valid signature under another version.
        QByteArray withoutValid = pattern.toUtf8();
        withoutValid.replace(" <valid v1 sig>", "");
        QCOMPARE(verify(withoutValid), Verdict::NoMatchingSignature);
        QCOMPARE(verify("v2" + m_expected.mid(2)), Verdict::NoMatchingSignature);
        QCOMPARE(verify(m_expected.mid(3)), Verdict::NoMatchingSignature); // no "v1," at all
    }

    // ed25519 ("v1a") is not implemented: Qt offers no ed25519 and the core links no OpenSSL
    // directly. Such entries are skipped, as the spec asks of unknown versions.
    void skipsAsymmetricEntries()
    {
        const QByteArray v1a = m_vectors.value(u"asymmetric_ed25519_unmerged_branch"_s)
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value(u"expected_signature_header"_s)
                                   .toString()
                                   .toUtf8();
        QVERIFY(v1a.startsWith("v1a,"));
        QCOMPARE(verify(v1a), Verdict::NoMatchingSignature);
        QCOMPARE(verify(v1a + ' ' + m_expected), Verdict::Valid);
    }

    void signsWithTheEd25519Vector()
    {
        QSKIP("v1a (ed25519) is not supported: no ed25519 in Qt; see skipsAsymmetricEntries");
    }

    // Python's hmac over the same signed content gave these for the 23- and 25-byte keys.
    void acceptsUnpaddedSecrets_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<int>("keyBytes");
        QTest::addColumn<QByteArray>("signature");
        const QJsonArray secrets = symmetric(u"unpadded_secrets"_s).value(u"secrets"_s).toArray();
        QCOMPARE(secrets.size(), 3);
        QTest::newRow("padded") << secrets.at(0).toString() << 24
                                << QByteArray("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
        QTest::newRow("needs one =") << secrets.at(1).toString() << 23
                                     << QByteArray("v1,LVOXivKoo4FWasi/IaHvzhE/u+7/cu2AME+zS/nXqzk=");
        QTest::newRow("needs two =") << secrets.at(2).toString() << 25
                                     << QByteArray("v1,yK2tMbA6BHPrMEJ1lLv7UlJJbgFoqGenJkiajZ29evg=");
    }

    void acceptsUnpaddedSecrets()
    {
        QFETCH(QString, secret);
        QFETCH(int, keyBytes);
        QFETCH(QByteArray, signature);
        QCOMPARE(StandardWebhookSignature::decodeSecret(secret)->size(), keyBytes);
        QString padded = secret;
        while (padded.size() % 4 != 0)
            padded += u'=';
        QCOMPARE(StandardWebhookSignature::decodeSecret(secret),
                 StandardWebhookSignature::decodeSecret(padded));
        QCOMPARE(StandardWebhookSignature::sign(secret, m_id, m_timestamp, m_body), signature);
        QCOMPARE(StandardWebhookSignature::sign(u"whsec_"_s + secret, m_id, m_timestamp, m_body), signature);
        QCOMPARE(verify(signature, secret), Verdict::Valid);
    }

    void rejectsMalformedSecrets()
    {
        for (const QString& secret :
             {u""_s, u"whsec_"_s, u"whsec_not base64!"_s, u"whsec_A"_s, u"whsec_ab=c"_s, u"whsec_é"_s}) {
            QVERIFY2(!StandardWebhookSignature::decodeSecret(secret), qPrintable(secret));
            QVERIFY_THROWS_EXCEPTION(HeraldError,
                                     StandardWebhookSignature::sign(secret, m_id, m_timestamp, m_body));
        }
        QCOMPARE(verify(m_expected, u"whsec_not base64!"_s), Verdict::InvalidSecret);
    }

    void rejectsTimestampsThatAreNotUnixSeconds()
    {
        const QJsonArray rejected =
            symmetric(u"php_rejects_timestamps"_s).value(u"timestamps_rejected_by_sign"_s).toArray();
        QCOMPARE(rejected.size(), 3);
        for (const QJsonValue& value : rejected) {
            const QByteArray timestamp = value.toString().toUtf8();
            QCOMPARE(StandardWebhookSignature::verify(m_secret, m_id, timestamp, m_expected, m_body,
                                                      at(m_timestamp)),
                     Verdict::MalformedTimestamp);
        }
        // sign takes whole seconds, so of the three only the negative one can be expressed.
        QVERIFY_THROWS_EXCEPTION(HeraldError,
                                 StandardWebhookSignature::sign(m_secret, m_id, -161426533, m_body));
        QCOMPARE(StandardWebhookSignature::verify(m_secret, m_id, " 1614265330", m_expected, m_body,
                                                  at(m_timestamp)),
                 Verdict::MalformedTimestamp);
    }

    void rejectsIdsTheSignedContentCannotHold()
    {
        QVERIFY_THROWS_EXCEPTION(HeraldError,
                                 StandardWebhookSignature::sign(m_secret, "", m_timestamp, m_body));
        QVERIFY_THROWS_EXCEPTION(HeraldError,
                                 StandardWebhookSignature::sign(m_secret, "msg.1", m_timestamp, m_body));
    }

    // Five minutes either way are accepted, one second more is not (the reference libraries' window).
    void toleranceEdges_data()
    {
        QTest::addColumn<qint64>("nowOffset");
        QTest::addColumn<qint64>("tolerance");
        QTest::addColumn<Verdict>("verdict");
        const qint64 five = StandardWebhookSignature::defaultToleranceSeconds;
        QCOMPARE(five, 300);
        QTest::newRow("exact") << qint64(0) << five << Verdict::Valid;
        QTest::newRow("5 min old") << five << five << Verdict::Valid;
        QTest::newRow("5 min 1 s old") << five + 1 << five << Verdict::TooOld;
        QTest::newRow("5 min ahead") << -five << five << Verdict::Valid;
        QTest::newRow("5 min 1 s ahead") << -five - 1 << five << Verdict::TooNew;
        QTest::newRow("a day old, 1 day tolerance") << qint64(86400) << qint64(86400) << Verdict::Valid;
        QTest::newRow("1 s old, no tolerance") << qint64(1) << qint64(0) << Verdict::TooOld;
    }

    void toleranceEdges()
    {
        QFETCH(qint64, nowOffset);
        QFETCH(qint64, tolerance);
        QFETCH(Verdict, verdict);
        QCOMPARE(StandardWebhookSignature::verify(m_secret, m_id, QByteArray::number(m_timestamp), m_expected,
                                                  m_body, at(m_timestamp + nowOffset), tolerance),
                 verdict);
    }

    void missingHeaders()
    {
        const QByteArray timestamp = QByteArray::number(m_timestamp);
        const QDateTime now = at(m_timestamp);
        QCOMPARE(StandardWebhookSignature::verify(m_secret, "", timestamp, m_expected, m_body, now),
                 Verdict::MissingHeader);
        QCOMPARE(StandardWebhookSignature::verify(m_secret, m_id, "", m_expected, m_body, now),
                 Verdict::MissingHeader);
        QCOMPARE(StandardWebhookSignature::verify(m_secret, m_id, timestamp, " ", m_body, now),
                 Verdict::MissingHeader);
        QVERIFY(!StandardWebhookSignature::describe(Verdict::MissingHeader).isEmpty());
    }

    // During a key rotation both keys sign, and either verifies.
    void rotationSignsWithEachSecret()
    {
        const QString other = u"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaS"_s;
        const QByteArray both =
            StandardWebhookSignature::sign(QStringList{m_secret, other}, m_id, m_timestamp, m_body);
        QCOMPARE(both, QByteArray(m_expected + " v1,LVOXivKoo4FWasi/IaHvzhE/u+7/cu2AME+zS/nXqzk="));
        QCOMPARE(verify(both, m_secret), Verdict::Valid);
        QCOMPARE(verify(both, other), Verdict::Valid);
    }

    void generatedSecretsAreFreshAndUsable()
    {
        const QString first = StandardWebhookSignature::generateSecret();
        const QString second = StandardWebhookSignature::generateSecret();
        QVERIFY(first.startsWith(u"whsec_"_s));
        QCOMPARE(first.size(), 6 + 44); // 32 bytes in base64
        QCOMPARE(StandardWebhookSignature::decodeSecret(first)->size(), 32);
        QVERIFY(first != second);
        QCOMPARE(StandardWebhookSignature::decodeSecret(StandardWebhookSignature::generateSecret(24))->size(),
                 24);
        QCOMPARE(StandardWebhookSignature::decodeSecret(StandardWebhookSignature::generateSecret(64))->size(),
                 64);
        QVERIFY_THROWS_EXCEPTION(HeraldError, StandardWebhookSignature::generateSecret(23));
        QVERIFY_THROWS_EXCEPTION(HeraldError, StandardWebhookSignature::generateSecret(65));
        const QByteArray signature = StandardWebhookSignature::sign(first, m_id, m_timestamp, m_body);
        QCOMPARE(verify(signature, first), Verdict::Valid);
        QCOMPARE(verify(signature, second), Verdict::NoMatchingSignature);
    }
};

QTEST_GUILESS_MAIN(StandardWebhookTest)
#include "StandardWebhookTest.moc"
