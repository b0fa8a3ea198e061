#include "channels/sms/SmsLookalikes.h"

#include "channels/sms/SmsMeasure.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

// Look-alike replacement against Twilio's Smart Encoding map (tests/data/sms, MIT): every entry,
// and what it does to an incident text's encoding and segments.
class SmsLookalikesTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyMapEntry_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QFile file(QDir(QStringLiteral(HERALD_TEST_DATA)).filePath(u"sms/twilio_smart_encoding_map.json"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject map = QJsonDocument::fromJson(file.readAll()).object().value(u"map"_s).toObject();
        QCOMPARE(map.size(), 270);
        for (auto it = map.begin(); it != map.end(); ++it) {
            const QJsonObject e = it.value().toObject();
            // From the key: Qt drops a U+FEFF in the JSON "from" (and in fromUcs4) as a BOM.
            const char32_t from = char32_t(it.key().mid(2).toUInt(nullptr, 16));
            QTest::newRow(it.key().toUtf8().constData())
                << QStringView(QChar::fromUcs4(from)).toString() << e.value(u"to"_s).toString();
        }
    }

    void everyMapEntry()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        const SmsLookalikes::Result r = SmsLookalikes::replace(u"a"_s + from + u"b"_s);
        QCOMPARE(r.text, u"a"_s + to + u"b"_s);
        QCOMPARE(r.replaced, 1);
        // What it becomes is GSM-7.
        QCOMPARE(SmsMeasure::measure(r.text).encoding, SmsMeasure::Encoding::Gsm7);
    }

    void incidentTextBackToGsm7()
    {
        const QString text =
            u"We\u2019re investigating \u201Cpayment failed\u201D errors \u2014 next update at 14:00\u2026"_s;
        const SmsMeasure::Result before = SmsMeasure::measure(text);
        QCOMPARE(before.encoding, SmsMeasure::Encoding::Ucs2);
        QCOMPARE(SmsLookalikes::positions(text), (QList<qsizetype>{2, 20, 35, 44, 66}));
        const SmsLookalikes::Result r = SmsLookalikes::replace(text);
        QCOMPARE(r.replaced, 5);
        QCOMPARE(r.text, u"We're investigating \"payment failed\" errors - next update at 14:00..."_s);
        const SmsMeasure::Result after = SmsMeasure::measure(r.text);
        QCOMPARE(after.encoding, SmsMeasure::Encoding::Gsm7);
        QCOMPARE(after.segments, 1);
    }

    void nothingToReplace()
    {
        const SmsLookalikes::Result r = SmsLookalikes::replace(u"Plain text, 😀 stays"_s);
        QCOMPARE(r.replaced, 0);
        QCOMPARE(r.text, u"Plain text, 😀 stays"_s);
        QVERIFY(SmsLookalikes::positions(r.text).isEmpty());
    }

    void spacesAsTwilioMapsThem()
    {
        // Twilio's map turns a no-break space into two spaces and a tab into seven.
        QCOMPARE(SmsLookalikes::replace(u"10\u00A0min"_s).text, u"10  min"_s);
        QCOMPARE(SmsLookalikes::replace(u"a\tb"_s).text, u"a       b"_s);
        QCOMPARE(SmsLookalikes::replace(u"a\uFEFFb"_s).text, u"ab"_s);
    }
};

QTEST_GUILESS_MAIN(SmsLookalikesTest)
#include "SmsLookalikesTest.moc"
