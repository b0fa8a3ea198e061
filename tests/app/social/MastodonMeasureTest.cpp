#include "channels/mastodon/MastodonMeasure.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

// Mastodon's StatusLengthValidator against its own spec cases (tests/data/mastodon), and the
// rules of the reference notes: graphemes, http(s) URLs 23, remote mentions count "@user".
class MastodonMeasureTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void validatorCases_data()
    {
        QTest::addColumn<QString>("spoiler");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("length"); // -1 where the case gives none
        QFile file(QDir(QStringLiteral(HERALD_TEST_DATA)).filePath(u"mastodon/status_length_cases.json"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray cases = QJsonDocument::fromJson(file.readAll()).object().value(u"cases"_s).toArray();
        QCOMPARE(cases.size(), 5);
        for (const QJsonValue& v : cases) {
            const QJsonObject c = v.toObject();
            QTest::newRow(c.value(u"name"_s).toString().toUtf8().constData())
                << c.value(u"spoiler_text"_s).toString() << c.value(u"text"_s).toString()
                << c.value(u"valid"_s).toBool() << c.value(u"countable_length"_s).toInt(-1);
        }
    }

    void validatorCases()
    {
        QFETCH(QString, spoiler);
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(int, length);
        const int measured = MastodonMeasure::length(text, spoiler);
        QCOMPARE(measured <= MastodonMeasure::defaultLimit, valid);
        if (length >= 0)
            QCOMPARE(measured, length);
    }

    void ownCases_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("length");
        QTest::newRow("bare domain counts literally") << u"status.example.com"_s << 18;
        QTest::newRow("https URL is 23") << u"see https://status.example.com/incidents/42"_s << 4 + 23;
        QTest::newRow("emoji ZWJ sequence is one grapheme") << u"👨‍👩‍👧‍👦 ok"_s << 4;
        QTest::newRow("local mention counts whole") << u"@ops thanks"_s << 11;
        QTest::newRow("remote mention counts local part") << u"cc @ops@mastodon.social"_s << 7;
        QTest::newRow("e-mail address is not a mention") << u"mail ops@example.com"_s << 20;
    }

    void ownCases()
    {
        QFETCH(QString, text);
        QTEST(MastodonMeasure::length(text), "length");
    }

    void instanceUrlLength() { QCOMPARE(MastodonMeasure::length(u"https://example.com/a"_s, {}, 30), 30); }
};

QTEST_GUILESS_MAIN(MastodonMeasureTest)
#include "MastodonMeasureTest.moc"
