#include "checks/BlameOrSpeculation.h"
#include "checks/FleschKincaid.h"
#include "checks/HiddenCharacters.h"
#include "checks/Jargon.h"
#include "checks/MissingEssentials.h"
#include "checks/ReadingGrade.h"
#include "checks/Shouting.h"
#include "checks/TimeExpression.h"
#include "checks/VaguePhrase.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

// Each rule on its own, on plain text: what it finds, exactly where, and how severe.
class RulesTest : public QObject {
    Q_OBJECT

private:
    const CheckSettings m_settings;
    const ComposedUpdate m_none;

    CheckContext context(std::optional<IncidentStatus> status = std::nullopt,
                         const QString& locale = u"en"_s) const
    {
        return CheckContext{m_none, status, {}, nullptr, locale};
    }

    // rule, severity, span and the spanned text of one finding.
    static void expect(const Finding& f, const QString& text, const QString& rule, Finding::Severity severity,
                       int start, int end, const QString& spanned)
    {
        QCOMPARE(f.rule, rule);
        QCOMPARE(findingSeverityKey(f.severity), findingSeverityKey(severity));
        QCOMPARE(f.part, u"text"_s);
        QVERIFY(!f.channel.has_value());
        QCOMPARE(f.start, start);
        QCOMPARE(f.end, end);
        QCOMPARE(text.mid(f.start, f.end - f.start), spanned);
        QVERIFY(!f.message.isEmpty());
    }

private slots:
    void missingEssentialsAllStated()
    {
        const MissingEssentials rule(m_settings);
        const QString text =
            u"Card payments fail for about one in five customers. Retry a declined payment after a "
            "minute. We will post the next update by 15:30 UTC."_s;
        QCOMPARE(rule.checkText(text, context()).size(), 0);
    }

    void missingEssentialsNoneStated()
    {
        const MissingEssentials rule(m_settings);
        const QString text = u"We are looking into it."_s;
        const QList<Finding> findings = rule.checkText(text, context());
        QCOMPARE(findings.size(), 3);
        expect(findings[0], text, u"missing-impact"_s, Finding::Severity::Warning, 0, 0, QString());
        expect(findings[1], text, u"missing-action"_s, Finding::Severity::Warning, 0, 0, QString());
        expect(findings[2], text, u"missing-next-update"_s, Finding::Severity::Blocking, 0, 0, QString());
    }

    void missingEssentialsTimeForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("stated");
        QTest::newRow("clock and zone") << u"Next update by 15:30 UTC."_s << true;
        QTest::newRow("by 3 pm") << u"We will update you by 3 pm."_s << true;
        QTest::newRow("within 30 minutes") << u"We will share more within 30 minutes."_s << true;
        QTest::newRow("in two hours") << u"Expect our next update in two hours."_s << true;
        QTest::newRow("tomorrow") << u"We will post an update tomorrow morning."_s << true;
        QTest::newRow("only the start time") << u"Since 11:58 UTC payments fail."_s << false;
        QTest::newRow("update without a time")
            << u"We will post the next update when we know more."_s << false;
        QTest::newRow("timestamp") << u"Logged 2026-11-26T14:30:00Z."_s << false;
    }

    void missingEssentialsTimeForms()
    {
        QFETCH(QString, text);
        QFETCH(bool, stated);
        QCOMPARE(MissingEssentials::statesNextUpdate(text), stated);
    }

    void resolvedNeedsNoNextUpdate()
    {
        const MissingEssentials rule(m_settings);
        const QString text = u"Payments are working again. You do not need to do anything."_s;
        QCOMPARE(rule.checkText(text, context(IncidentStatus::Resolved)).size(), 0);
        const QList<Finding> ongoing = rule.checkText(text, context(IncidentStatus::Monitoring));
        QCOMPARE(ongoing.size(), 1);
        QCOMPARE(ongoing[0].rule, u"missing-next-update"_s);
    }

    void timeExpressionKeys()
    {
        const QList<TimeExpression::Match> found =
            TimeExpression::find(u"At 15:30 UTC, by 3 pm, within 30 minutes, in two hours, tomorrow."_s);
        QStringList keys;
        for (const auto& m : found)
            keys << m.key;
        QCOMPARE(keys, (QStringList{u"15:30 UTC"_s, u"15:00"_s, u"+30min"_s, u"+120min"_s, u"tomorrow"_s}));
        QCOMPARE(found[0].start, 3);
        QCOMPARE(found[0].end, 12);
        QVERIFY(found[1].sameAs(TimeExpression::Match{0, 0, TimeExpression::Kind::Clock, u"15:00 UTC"_s}));
        QVERIFY(!found[0].sameAs(TimeExpression::Match{0, 0, TimeExpression::Kind::Clock, u"14:30 UTC"_s}));
    }

    void vaguePhrases()
    {
        const VaguePhrase rule(m_settings);
        // "sooner" is not "soon": whole words only.
        const QString text =
            u"We are seeing some issues with sign-in and expect a fix as soon as possible, or "
            "sooner. Some users see degraded pages."_s;
        const QList<Finding> findings = rule.checkText(text, context());
        QCOMPARE(findings.size(), 4);
        expect(findings[0], text, u"vague-phrase"_s, Finding::Severity::Warning, 14, 25, u"some issues"_s);
        expect(findings[1], text, u"vague-phrase"_s, Finding::Severity::Warning, 56, 75,
               u"as soon as possible"_s);
        QVERIFY(findings[1].message.contains(u"when"_s));
        expect(findings[2], text, u"vague-phrase"_s, Finding::Severity::Warning, 88, 98, u"Some users"_s);
        QVERIFY(findings[2].message.contains(u"who"_s));
        expect(findings[3], text, u"vague-phrase"_s, Finding::Severity::Warning, 103, 111, u"degraded"_s);
    }

    void vaguePhrasesNotInPlainText()
    {
        const VaguePhrase rule(m_settings);
        QCOMPARE(rule.checkText(u"About one in five card payments is declined. Next update by 15:30 UTC, or "
                                "sooner if anything changes."_s,
                                context())
                     .size(),
                 0);
    }

    void jargonWordsAndPatterns()
    {
        const Jargon rule(m_settings);
        const QString text =
            u"Requests to db-01.prod.internal (10.0.3.17, fe80::1) failed with HTTP 503 and 502 Bad "
            "Gateway, see JIRA-1234 and INC0012345; our on-call SRE restarted the k8s pod."_s;
        const QList<Finding> findings = rule.checkText(text, context());
        const QList<std::tuple<int, int, QString>> expected{
            {12, 31, u"db-01.prod.internal"_s},
            {33, 42, u"10.0.3.17"_s},
            {44, 51, u"fe80::1"_s},
            {65, 73, u"HTTP 503"_s},
            {78, 93, u"502 Bad Gateway"_s},
            {99, 108, u"JIRA-1234"_s},
            {113, 123, u"INC0012345"_s},
            {129, 136, u"on-call"_s},
            {137, 140, u"SRE"_s},
            {155, 158, u"k8s"_s},
            {159, 162, u"pod"_s},
        };
        QCOMPARE(findings.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const auto& [start, end, spanned] = expected[i];
            expect(findings[i], text, u"jargon"_s, Finding::Severity::Warning, start, end, spanned);
        }
        QVERIFY(findings[0].message.contains(u"host name"_s));
        QVERIFY(findings[1].message.contains(u"IP address"_s));
        QVERIFY(findings[5].message.contains(u"ticket"_s));
    }

    void jargonStackTraces()
    {
        const Jargon rule(m_settings);
        const QString text =
            u"Exception in thread \"main\" java.lang.NullPointerException\n    at "
            "com.foo.Bar.run(Bar.java:42)\nTraceback (most recent call last):\nERR_CONNECTION_RESET"_s;
        const QList<Finding> findings = rule.checkText(text, context());
        QCOMPARE(findings.size(), 5);
        expect(findings[0], text, u"jargon"_s, Finding::Severity::Warning, 0, 26,
               u"Exception in thread \"main\""_s);
        expect(findings[1], text, u"jargon"_s, Finding::Severity::Warning, 27, 57,
               u"java.lang.NullPointerException"_s);
        expect(findings[2], text, u"jargon"_s, Finding::Severity::Warning, 62, 93,
               u"at com.foo.Bar.run(Bar.java:42)"_s);
        expect(findings[3], text, u"jargon"_s, Finding::Severity::Warning, 94, 128,
               u"Traceback (most recent call last):"_s);
        expect(findings[4], text, u"jargon"_s, Finding::Severity::Warning, 129, 149,
               u"ERR_CONNECTION_RESET"_s);
    }

    void jargonLeavesPlainWordsAlone()
    {
        const Jargon rule(m_settings);
        const QString text =
            u"Visit status.example.com for updates. Next update at 15:30 UTC. Files are UTF-8 and "
            "COVID-19 rules apply. We deployed a fix."_s;
        const QList<Finding> findings = rule.checkText(text, context());
        // Only "deployed" is on the list.
        QCOMPARE(findings.size(), 1);
        QCOMPARE(text.mid(findings[0].start, findings[0].end - findings[0].start), u"deployed"_s);
    }

    void fleschKincaidSyllables_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<int>("syllables");
        QTest::newRow("the") << u"the"_s << 1;
        QTest::newRow("update: silent e") << u"update"_s << 2;
        QTest::newRow("table: -le keeps its e") << u"table"_s << 2;
        QTest::newRow("people") << u"people"_s << 2;
        QTest::newRow("worked: silent -ed") << u"worked"_s << 1;
        QTest::newRow("started: -ted is spoken") << u"started"_s << 2;
        QTest::newRow("delayed: y is a vowel inside") << u"delayed"_s << 2;
        QTest::newRow("updates: silent -es") << u"updates"_s << 2;
        QTest::newRow("services: -ces is spoken") << u"services"_s << 3;
        QTest::newRow("investigating") << u"investigating"_s << 5;
        QTest::newRow("one-in-five: parts") << u"one-in-five"_s << 3;
        QTest::newRow("number") << u"15:30"_s << 1;
    }

    void fleschKincaidSyllables()
    {
        QFETCH(QString, word);
        QFETCH(int, syllables);
        QCOMPARE(FleschKincaid::syllables(word), syllables);
    }

    void fleschKincaidGrade()
    {
        // "The cat sat on the mat.": 6 words, 1 sentence, 6 syllables
        //   0.39 × 6 + 11.8 × 6/6 − 15.59 = 2.34 + 11.8 − 15.59 = −1.45
        const auto cat = FleschKincaid::measure(u"The cat sat on the mat."_s);
        QCOMPARE(cat.words, 6);
        QCOMPARE(cat.sentences, 1);
        QCOMPARE(cat.syllables, 6);
        QVERIFY(qAbs(cat.grade - (-1.45)) < 1e-9);
        // "We are investigating problems with the payments service.": we 1, are 1, in-ves-ti-ga-ting 5,
        // prob-lems 2, with 1, the 1, pay-ments 2, ser-vice 2 = 15 syllables in 8 words
        //   0.39 × 8 + 11.8 × 15/8 − 15.59 = 3.12 + 22.125 − 15.59 = 9.655
        const auto service =
            FleschKincaid::measure(u"We are investigating problems with the payments service."_s);
        QCOMPARE(service.words, 8);
        QCOMPARE(service.syllables, 15);
        QVERIFY(qAbs(service.grade - 9.655) < 1e-9);
        // Both: 14 words, 2 sentences, 21 syllables: 0.39 × 7 + 11.8 × 1.5 − 15.59 = 2.73 + 17.7 − 15.59
        // = 4.84
        const auto both = FleschKincaid::measure(
            u"The cat sat on the mat. We are investigating problems with the payments service."_s);
        QCOMPARE(both.sentences, 2);
        QVERIFY(qAbs(both.grade - 4.84) < 1e-9);
        // A line break ends a sentence too (headings, list items).
        QCOMPARE(FleschKincaid::measure(u"Payments\nRetry later"_s).sentences, 2);
    }

    void readingGradeAboveTarget()
    {
        const ReadingGrade rule(m_settings);
        // Twice the 9.655 sentence: same ratios, 16 words, grade 9.655 > 8.
        const QString text =
            u"We are investigating problems with the payments service. We are investigating problems "
            "with the payments service."_s;
        const QList<Finding> findings = rule.checkText(text, context());
        QCOMPARE(findings.size(), 1);
        expect(findings[0], text, u"reading-grade"_s, Finding::Severity::Warning, 0, int(text.size()), text);
        QVERIFY2(findings[0].message.contains(u"9.7"_s), qPrintable(findings[0].message));
        QVERIFY(findings[0].message.contains(u"8"_s));
        // Not for other languages, not above a higher target, not for easy text.
        QCOMPARE(rule.checkText(text, context(std::nullopt, u"de"_s)).size(), 0);
        CheckSettings lenient;
        lenient.readingGradeTarget = 10;
        QCOMPARE(ReadingGrade(lenient).checkText(text, context()).size(), 0);
        QCOMPARE(rule.checkText(u"The cat sat on the mat. The dog sat on the rug."_s, context()).size(), 0);
    }

    void shouting()
    {
        const Shouting rule(m_settings);
        const QString text = u"[DRILL] URGENT: the HTTPS API is DOWN!! Please retry."_s;
        const QList<Finding> findings = rule.checkText(text, context());
        QCOMPARE(findings.size(), 3);
        expect(findings[0], text, u"shouting"_s, Finding::Severity::Warning, 8, 14, u"URGENT"_s);
        expect(findings[1], text, u"shouting"_s, Finding::Severity::Warning, 33, 37, u"DOWN"_s);
        expect(findings[2], text, u"shouting"_s, Finding::Severity::Warning, 37, 39, u"!!"_s);
        // Short acronyms, listed acronyms, ticket ids and one "!" are fine; DRILL outside its marker is not.
        QCOMPARE(rule.checkText(u"The API and HTTPS work again! See JIRA-12."_s, context()).size(), 0);
        QCOMPARE(rule.checkText(u"This is a DRILL."_s, context()).size(), 1);
    }

    void blameAndSpeculation()
    {
        const BlameOrSpeculation rule(m_settings);
        const QString text =
            u"This was due to the vendor's error and human error. We think the cause is probably the "
            "new release; it might be caused by a bad cache."_s;
        const QList<Finding> findings = rule.checkText(text, context());
        QCOMPARE(findings.size(), 5);
        expect(findings[0], text, u"blame-speculation"_s, Finding::Severity::Warning, 9, 34,
               u"due to the vendor's error"_s);
        QVERIFY(findings[0].message.contains(u"blames"_s));
        expect(findings[1], text, u"blame-speculation"_s, Finding::Severity::Warning, 39, 50,
               u"human error"_s);
        expect(findings[2], text, u"blame-speculation"_s, Finding::Severity::Warning, 52, 60, u"We think"_s);
        QVERIFY(findings[2].message.contains(u"guess"_s));
        expect(findings[3], text, u"blame-speculation"_s, Finding::Severity::Warning, 74, 82, u"probably"_s);
        expect(findings[4], text, u"blame-speculation"_s, Finding::Severity::Warning, 103, 118,
               u"might be caused"_s);
        // Typographic apostrophe, and a calm statement of the cause.
        QCOMPARE(rule.checkText(u"due to the provider\u2019s error"_s, context()).size(), 1);
        QCOMPARE(rule.checkText(u"A configuration change at our card network provider caused the declines."_s,
                                context())
                     .size(),
                 0);
    }

    // Text that reads differently than it displays: each hidden character (or run) is pointed at.
    void hiddenCharacters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        QTest::addColumn<QString>("code");
        QTest::newRow("NUL") << u"Payments work again.\u0000 Sorry."_s << 20 << 21 << u"U+0000"_s;
        QTest::newRow("RLO") << u"Pay at \u202Emoc.elpmaxe\u202C now."_s << 7 << 8 << u"U+202E"_s;
        QTest::newRow("LRE") << u"a\u202Ab"_s << 1 << 2 << u"U+202A"_s;
        QTest::newRow("RLI run") << u"x \u2067\u2067y"_s << 2 << 4 << u"U+2067"_s;
        QTest::newRow("PDI") << u"x\u2069"_s << 1 << 2 << u"U+2069"_s;
        QTest::newRow("bell") << u"ding\u0007"_s << 4 << 5 << u"U+0007"_s;
    }

    void hiddenCharacters()
    {
        QFETCH(QString, text);
        QFETCH(int, start);
        QFETCH(int, end);
        QFETCH(QString, code);
        const QList<Finding> findings = HiddenCharacters(m_settings).checkText(text, context());
        QVERIFY(!findings.isEmpty());
        const Finding& f = findings.first();
        QCOMPARE(f.rule, u"hidden-characters"_s);
        QVERIFY(f.blocks());
        QCOMPARE(f.start, start);
        QCOMPARE(f.end, end);
        QVERIFY2(f.message.contains(code), qPrintable(f.message));
    }

    void ordinaryTextHasNoHiddenCharacters()
    {
        const QString text = u"Zahlungen \u00fcber die API (\u0639\u0631\u0628\u064a) work.\tLine\r\nnext."_s;
        QCOMPARE(HiddenCharacters(m_settings).checkText(text, context()).size(), 0);
    }
};

QTEST_GUILESS_MAIN(RulesTest)
#include "RulesTest.moc"
