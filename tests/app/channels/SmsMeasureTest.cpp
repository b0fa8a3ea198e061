#include "channels/sms/SmsMeasure.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

// SMS encoding, length and segments against Twilio's message segment calculator test cases, and
// the GSM 03.38 tables against its transcription of them (tests/data/sms, MIT).
class SmsMeasureTest : public QObject {
    Q_OBJECT

private:
    static QJsonObject load(const QString& name)
    {
        QFile file(QDir(QStringLiteral(HERALD_TEST_DATA)).filePath(u"sms/"_s + name));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object();
    }

private Q_SLOTS:
    void twilioCases_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<int>("segments");
        QTest::addColumn<int>("length"); // septets for GSM-7, UTF-16 code units for UCS-2

        const QJsonArray cases =
            load(u"twilio_message_segment_calculator_cases.json"_s).value(u"cases"_s).toArray();
        QCOMPARE(cases.size(), 46);
        for (const QJsonValue& value : cases) {
            const QJsonObject c = value.toObject();
            const QString body = c.value(u"body"_s).toString();
            const QString encoding = c.value(u"encoding"_s).toString();
            const int messageBits = c.value(u"messageSize"_s).toInt(-1);
            int length = -1;
            if (encoding == u"GSM-7"_s) {
                // messageSize counts 7 bits per septet; "characters", where given, is septets too.
                QVERIFY(messageBits > 0 && messageBits % 7 == 0);
                length = messageBits / 7;
                if (c.contains(u"characters"_s))
                    QCOMPARE(c.value(u"characters"_s).toInt(), length);
            } else {
                // "characters" counts graphemes here; the UCS-2 length is the text's UTF-16 units,
                // which is what messageSize counts at 16 bits each where the case gives it.
                length = int(body.size());
                if (messageBits > 0)
                    QCOMPARE(messageBits / 16, length);
            }
            QTest::newRow(c.value(u"testDescription"_s).toString().toUtf8().constData())
                << body << encoding << c.value(u"segments"_s).toInt() << length;
        }
    }

    void twilioCases()
    {
        QFETCH(QString, body);
        QFETCH(QString, encoding);
        QFETCH(int, segments);
        QFETCH(int, length);
        const SmsMeasure::Result result = SmsMeasure::measure(body);
        QCOMPARE(SmsMeasure::encodingName(result.encoding), encoding);
        QCOMPARE(result.segments, segments);
        QCOMPARE(result.length, length);
        QCOMPARE(result.singleLimit, encoding == u"GSM-7"_s ? 160 : 70);
        QCOMPARE(result.segmentLimit, encoding == u"GSM-7"_s ? 153 : 67);
        QCOMPARE(result.nonGsmPositions.isEmpty(), encoding == u"GSM-7"_s);
    }

    void gsmTables_data()
    {
        QTest::addColumn<QString>("character");
        QTest::addColumn<int>("septets");
        const QJsonObject tables = load(u"gsm0338_unicode_to_gsm.json"_s);
        const QJsonArray basic = tables.value(u"basic"_s).toArray();
        const QJsonArray extension = tables.value(u"extension"_s).toArray();
        QCOMPARE(basic.size(), 127);
        QCOMPARE(extension.size(), 10);
        for (const auto& [table, septets] : {std::pair{basic, 1}, std::pair{extension, 2}})
            for (const QJsonValue& entry : table) {
                const QJsonObject e = entry.toObject();
                QTest::addRow("%s", qPrintable(e.value(u"unicode"_s).toString()))
                    << e.value(u"char"_s).toString() << septets;
            }
        // Look-alikes that are not in GSM 03.38 (Twilio's cases above count them as UCS-2).
        for (const QString& other : {u"ç"_s, u"Á"_s, u"`"_s, u"’"_s, u"😀"_s, u"\u200d"_s})
            QTest::addRow("U+%04X", other.toUcs4().first()) << other << 0;
    }

    void gsmTables()
    {
        QFETCH(QString, character);
        QFETCH(int, septets);
        QCOMPARE(character.toUcs4().size(), 1);
        QCOMPARE(SmsMeasure::septetsOf(character.toUcs4().first()), septets);
    }

    void emptyTextIsOneGsmSegment()
    {
        const SmsMeasure::Result result = SmsMeasure::measure(QString());
        QCOMPARE(result.encoding, SmsMeasure::Encoding::Gsm7);
        QCOMPARE(result.length, 0);
        QCOMPARE(result.segments, 1);
    }

    void nonGsmPositionsAreUtf16Indexes()
    {
        // a 😀 b € ç: the emoji (two UTF-16 units, at 1) and ç (at 5) force UCS-2; € is GSM.
        const SmsMeasure::Result result = SmsMeasure::measure(u"a😀b€ç"_s);
        QCOMPARE(result.encoding, SmsMeasure::Encoding::Ucs2);
        QCOMPARE(result.nonGsmPositions, (QList<int>{1, 5}));
        QCOMPARE(result.length, 6);
        QCOMPARE(result.segments, 1);
    }

    void extensionCharacterIsNotSplitAcrossSegments()
    {
        // 152 septets, then "€" (two septets) would straddle the first 153-septet segment boundary.
        const QString text = QString(152, u'a') + u"€"_s + QString(20, u'b');
        const SmsMeasure::Result result = SmsMeasure::measure(text);
        QCOMPARE(result.encoding, SmsMeasure::Encoding::Gsm7);
        QCOMPARE(result.length, 152 + 2 + 20);
        QCOMPARE(result.segments, 2);
        const SmsMeasure::Result longer =
            SmsMeasure::measure(QString(152, u'a') + u"€"_s + QString(152, u'b'));
        QCOMPARE(longer.length, 306);
        QCOMPARE(longer.segments, 3); // 152 | 2 + 151 | 1: the € moved whole to the second segment
    }
};

QTEST_GUILESS_MAIN(SmsMeasureTest)
#include "SmsMeasureTest.moc"
