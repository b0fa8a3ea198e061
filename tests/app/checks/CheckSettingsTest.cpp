#include "checks/CheckSettings.h"

#include "checks/WordingChecker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

// The settings file: defaults, a round trip through JSON, severities changed or turned off, and
// errors that name the bad key.
class CheckSettingsTest : public QObject {
    Q_OBJECT

private slots:
    void defaults()
    {
        const CheckSettings settings;
        const QHash<QString, QString> expected{
            {u"missing-next-update"_s, u"blocking"_s},
            {u"missing-impact"_s, u"warning"_s},
            {u"missing-action"_s, u"warning"_s},
            {u"vague-phrase"_s, u"warning"_s},
            {u"jargon"_s, u"warning"_s},
            {u"reading-grade"_s, u"warning"_s},
            {u"shouting"_s, u"warning"_s},
            {u"blame-speculation"_s, u"warning"_s},
            {u"over-limit"_s, u"blocking"_s},
            {u"consistency"_s, u"blocking"_s},
            {u"hidden-characters"_s, u"blocking"_s},
        };
        QCOMPARE(CheckSettings::ruleKeys().size(), expected.size());
        for (const QString& rule : CheckSettings::ruleKeys())
            QCOMPARE(findingSeverityKey(*settings.severity(rule)), expected.value(rule));
        QCOMPARE(settings.readingGradeTarget, 8);
        for (const QString& word : {u"k8s"_s, u"RCA"_s, u"DNS"_s, u"latency"_s, u"5xx"_s, u"upstream"_s,
                                    u"rollback"_s, u"p99"_s, u"SRE"_s, u"on-call"_s, u"incident commander"_s})
            QVERIFY2(settings.jargonWords.contains(word), qPrintable(word));
        for (const QString& phrase : {u"some issues"_s, u"soon"_s, u"as soon as possible"_s, u"shortly"_s})
            QVERIFY(settings.vaguePhrases.contains(phrase));
    }

    void roundTrip()
    {
        CheckSettings settings;
        settings.setSeverity(u"jargon"_s, Finding::Severity::Blocking);
        settings.setSeverity(u"shouting"_s, std::nullopt);
        settings.setSeverity(u"reading-grade"_s, Finding::Severity::Info);
        settings.readingGradeTarget = 10;
        settings.jargonWords = {u"frobnicator"_s, u"blue-green"_s};
        settings.vaguePhrases << u"a bit"_s;
        const QJsonObject json = settings.toJson();
        QCOMPARE(json.value(u"severities"_s).toObject().value(u"shouting"_s).toString(), u"off"_s);
        QCOMPARE(json.value(u"severities"_s).toObject().value(u"jargon"_s).toString(), u"blocking"_s);
        QCOMPARE(json.value(u"reading_grade_target"_s).toInt(), 10);
        // Through bytes, as the app and the CLI store it.
        const QByteArray bytes = QJsonDocument(json).toJson();
        const auto back = CheckSettings::fromJson(QJsonDocument::fromJson(bytes).object());
        QVERIFY(back.has_value());
        QVERIFY(*back == settings);
        QVERIFY(!back->enabled(u"shouting"_s));
        QVERIFY(CheckSettings::fromJson(CheckSettings().toJson()).value() == CheckSettings());
    }

    void partialFileKeepsDefaults()
    {
        const auto read = CheckSettings::fromJson(QJsonObject{{u"reading_grade_target"_s, 6}});
        QVERIFY(read.has_value());
        QCOMPARE(read->readingGradeTarget, 6);
        QCOMPARE(read->jargonWords, CheckSettings().jargonWords);
        QCOMPARE(findingSeverityKey(*read->severity(u"missing-next-update"_s)), u"blocking"_s);
    }

    void severityOverrideAndOff()
    {
        const QString text = u"Our SRE team expects a fix soon."_s;
        const WordingChecker defaults;
        const auto count = [](const QList<Finding>& findings, const QString& rule) {
            return std::count_if(findings.cbegin(), findings.cend(),
                                 [&](const Finding& f) { return f.rule == rule; });
        };
        const QList<Finding> before = defaults.checkText(text);
        QCOMPARE(count(before, u"jargon"_s), 1);
        QCOMPARE(count(before, u"vague-phrase"_s), 1);
        QCOMPARE(count(before, u"missing-next-update"_s), 1);
        QCOMPARE(WordingChecker::blockingCount(before), 1);

        const auto settings = CheckSettings::fromJson(
            QJsonObject{{u"severities"_s, QJsonObject{{u"jargon"_s, u"blocking"_s},
                                                      {u"vague-phrase"_s, u"off"_s},
                                                      {u"missing-next-update"_s, u"info"_s}}}});
        QVERIFY(settings.has_value());
        const QList<Finding> after = WordingChecker(*settings).checkText(text);
        QCOMPARE(count(after, u"vague-phrase"_s), 0);
        for (const Finding& f : after) {
            if (f.rule == u"jargon"_s)
                QCOMPARE(findingSeverityKey(f.severity), u"blocking"_s);
            if (f.rule == u"missing-next-update"_s)
                QCOMPARE(findingSeverityKey(f.severity), u"info"_s);
        }
        QCOMPARE(WordingChecker::blockingCount(after), 1); // the jargon, no longer the missing time
    }

    void customLists()
    {
        const auto settings = CheckSettings::fromJson(QJsonObject{
            {u"jargon_words"_s, QJsonArray{u"frobnicator"_s}}, {u"vague_phrases"_s, QJsonArray{}}});
        QVERIFY(settings.has_value());
        const QString text = u"The frobnicator on our SRE dashboard will be fixed soon."_s;
        const QList<Finding> findings = WordingChecker(*settings).checkText(text);
        QStringList jargon;
        for (const Finding& f : findings) {
            QVERIFY(f.rule != u"vague-phrase"_s);
            if (f.rule == u"jargon"_s)
                jargon << text.mid(f.start, f.end - f.start);
        }
        QCOMPARE(jargon, QStringList{u"frobnicator"_s});
    }

    void errorsNameTheKey_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown rule") << QByteArray(R"({"severities": {"jargons": "off"}})") << u"jargons"_s;
        QTest::newRow("bad severity") << QByteArray(R"({"severities": {"jargon": "loud"}})") << u"jargon"_s;
        QTest::newRow("list of numbers") << QByteArray(R"({"jargon_words": [1, 2]})") << u"jargon_words"_s;
        QTest::newRow("not a list") << QByteArray(R"({"vague_phrases": "soon"})") << u"vague_phrases"_s;
        QTest::newRow("grade out of range")
            << QByteArray(R"({"reading_grade_target": 40})") << u"reading_grade_target"_s;
        QTest::newRow("unknown key") << QByteArray(R"({"colour": "red"})") << u"colour"_s;
    }

    void errorsNameTheKey()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        const auto read = CheckSettings::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(!read.has_value());
        QVERIFY2(read.error().contains(mentions), qPrintable(read.error()));
    }
};

QTEST_GUILESS_MAIN(CheckSettingsTest)
#include "CheckSettingsTest.moc"
