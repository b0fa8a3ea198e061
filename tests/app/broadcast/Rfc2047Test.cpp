#include "channels/email/Rfc2047.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

// RFC 2047 §8's own examples (decoding, and encode/decode round trips of their texts), plus the
// rules of §2 and §5 for what Herald writes: 75-character words, 76-character lines, folding with
// CRLF SPACE, and no character split between two words.
class Rfc2047Test : public QObject {
    Q_OBJECT

    static QJsonObject vectors()
    {
        QFile file(QStringLiteral(HERALD_TEST_DATA "/email/rfc2047_examples.json"));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object();
    }

    // Every rule encode() must keep, checked on one result.
    static void checkEncoded(const QString& text, const QByteArray& encoded, int prefix)
    {
        static const QRegularExpression word(u"^=\\?UTF-8\\?Q\\?[A-Za-z0-9!*+\\-/=_]*\\?=$"_s);
        const QList<QByteArray> lines = encoded.split('\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QByteArray line = lines.at(i);
            if (i + 1 < lines.size()) {
                QVERIFY2(line.endsWith('\r'), encoded.constData()); // CRLF, never a bare LF
                line.chop(1);
            }
            if (i > 0) {
                QVERIFY2(line.startsWith(' '), encoded.constData()); // folded: CRLF SPACE
                line.remove(0, 1);
            }
            QVERIFY2(line.size() + (i == 0 ? prefix : 1) <= Rfc2047::maxEncodedLine, line.constData());
            QVERIFY2(line.size() <= Rfc2047::maxEncodedWord, line.constData());
            QVERIFY2(word.match(QString::fromLatin1(line)).hasMatch(), line.constData());
            // Each word decodes on its own to valid UTF-8: no character is split between words.
            QByteArray bytes = line.mid(10, line.size() - 12).replace('_', ' ');
            bytes = QByteArray::fromPercentEncoding(bytes, '=');
            QStringDecoder utf8(QStringDecoder::Utf8);
            const QString part = utf8.decode(bytes);
            QVERIFY2(!utf8.hasError(), line.constData());
            QVERIFY(!part.contains(QChar::ReplacementCharacter));
        }
        QCOMPARE(Rfc2047::decode(encoded), text);
    }

private Q_SLOTS:
    void decodesTheRfcHeaderExamples_data()
    {
        QTest::addColumn<QByteArray>("encoded");
        QTest::addColumn<QString>("decoded");
        const QJsonObject v = vectors();
        QVERIFY(!v.isEmpty());
        for (const QJsonValue& e : v[u"header_examples"_s].toArray())
            QTest::newRow(qPrintable(e[u"field"_s].toString()))
                << e[u"encoded"_s].toString().toLatin1() << e[u"decoded_expected"_s].toString();
        int i = 0;
        for (const QJsonValue& e : v[u"display_table"_s].toArray())
            QTest::addRow("display %d", ++i)
                << e[u"encoded"_s].toString().toLatin1() << e[u"displayed"_s].toString();
    }

    void decodesTheRfcHeaderExamples()
    {
        QFETCH(QByteArray, encoded);
        QFETCH(QString, decoded);
        QCOMPARE(Rfc2047::decode(encoded), decoded);
    }

    // The texts of the RFC's examples, encoded by Herald (in UTF-8) and read back.
    void encodesTheRfcTexts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("Keld") << u"Keld Jørn Simonsen"_s << QByteArray("=?UTF-8?Q?Keld_J=C3=B8rn_Simonsen?=");
        QTest::newRow("André") << u"André Pirard"_s << QByteArray("=?UTF-8?Q?Andr=C3=A9_Pirard?=");
        QTest::newRow("ascii stays") << u"If you can read this you understand the example."_s
                                     << QByteArray("If you can read this you understand the example.");
        QTest::newRow("specials") << u"Störung: 50% = ?_"_s
                                  << QByteArray("=?UTF-8?Q?St=C3=B6rung=3A_50=25_=3D_=3F=5F?=");
    }

    void encodesTheRfcTexts()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, expected);
        const QByteArray encoded = Rfc2047::encode(text);
        QCOMPARE(encoded, expected);
        QCOMPARE(Rfc2047::decode(encoded), text);
    }

    void longTextsFoldIntoShortWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("german") << u"Störung: Kartenzahlungen über die Zahlungs-API schlagen teilweise fehl, "
                                   "wir arbeiten an einer Lösung"_s;
        QTest::newRow("cjk")
            << u"決済APIの一部障害：カード決済の約20%が失敗しています。原因を調査中です。次回の更新は15時30分です。"_s;
        QTest::newRow("emoji")
            << u"🔥🔥🔥 Payments down 👨‍👩‍👧‍👦 family emoji and 🇮🇹 flags keep together 😀😀😀😀😀😀"_s;
        QTest::newRow("one long grapheme")
            << u"👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦"_s;
        QTest::newRow("combining") << u"Cafe\u0301 re\u0301sume\u0301 nai\u0308ve "_s.repeated(6).trimmed();
    }

    void longTextsFoldIntoShortWords()
    {
        QFETCH(QString, text);
        for (int prefix : {0, 9}) {
            const QByteArray encoded = Rfc2047::encode(text, prefix);
            checkEncoded(text, encoded, prefix);
            if (QTest::currentTestFailed())
                return;
        }
        QVERIFY(Rfc2047::encode(text, 9).count("\r\n ") >= 1);
    }

    // 63 octets of encoded text fit one word (12 are "=?UTF-8?Q?" and "?="); one more starts a
    // second word, and a two-octet character that would straddle the edge moves as a whole.
    void wordBoundaryIsExact()
    {
        const QString fits = u"é"_s + QString(57, u'a'); // "=C3=A9" (6) + 57 = 63
        QCOMPARE(Rfc2047::encode(fits).size(), 75);
        QVERIFY(!Rfc2047::encode(fits).contains('\n'));
        const QString straddles = QString(58, u'a') + u"é"_s; // 58 + 6 = 64 > 63
        const QByteArray encoded = Rfc2047::encode(straddles);
        QCOMPARE(encoded, "=?UTF-8?Q?" + QByteArray(58, 'a') + "?=\r\n =?UTF-8?Q?=C3=A9?=");
        checkEncoded(straddles, encoded, 0);
    }

    void lineBreaksCannotReachTheHeader()
    {
        const QByteArray ascii = Rfc2047::encode(u"Payments\r\nBcc: everyone@example.com\n\tdown"_s);
        QCOMPARE(ascii, QByteArray("Payments Bcc: everyone@example.com down"));
        const QByteArray encoded = Rfc2047::encode(u"Zahlungen\r\nBcc: x@example.com gestört"_s);
        QVERIFY(!encoded.contains('\n'));
        QCOMPARE(Rfc2047::decode(encoded), u"Zahlungen Bcc: x@example.com gestört"_s);
    }

    void asciiIsFoldedAtSpacesOnly()
    {
        const QString text = u"Resolved: card payments through the Payments API work again for every "
                             "customer in every region, and we are watching them closely"_s;
        QVERIFY(!Rfc2047::needsEncoding(text));
        const QByteArray folded = Rfc2047::encode(text, 9);
        const QList<QByteArray> lines = folded.split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).size() - 1 + 9 <= Rfc2047::softLineLimit);
        QVERIFY(lines.at(1).startsWith(' '));
        QCOMPARE(Rfc2047::decode(folded), text);
    }

    void lookalikeEncodedWordsAreEncoded()
    {
        QVERIFY(Rfc2047::needsEncoding(u"see =?UTF-8?Q?x?= here"_s));
        const QByteArray encoded = Rfc2047::encode(u"see =?UTF-8?Q?x?= here"_s);
        QVERIFY(encoded.startsWith("=?UTF-8?Q?see_=3D=3FUTF-8=3FQ=3Fx=3F=3D_here?="));
        QCOMPARE(Rfc2047::decode(encoded), u"see =?UTF-8?Q?x?= here"_s);
    }
};

QTEST_GUILESS_MAIN(Rfc2047Test)
#include "Rfc2047Test.moc"
