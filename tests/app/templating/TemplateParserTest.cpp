#include "templating/TemplateParser.h"

#include "templating/TemplateLibrary.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

// Template files: what a good one becomes, and where a bad one is wrong ("file:line:column"), for
// the files in tests/data/templates.
class TemplateParserTest : public QObject {
    Q_OBJECT

private:
    static QString dataFile(const QString& name)
    {
        return QDir(QStringLiteral(HERALD_TEST_DATA)).filePath(u"templates/"_s + name);
    }

    static std::expected<MessageTemplate, TemplateProblem> parseFile(const QString& name)
    {
        QFile file(dataFile(name));
        if (!file.open(QIODevice::ReadOnly))
            return std::unexpected(TemplateProblem{name, 0, 0, u"test data missing"_s});
        return TemplateParser::parse(file.readAll(), name);
    }

    static TemplateProblem problemOf(const QByteArray& content)
    {
        const auto parsed = TemplateParser::parse(content, u"inline.yaml"_s);
        return parsed ? TemplateProblem{} : parsed.error();
    }

private Q_SLOTS:
    void validTemplate()
    {
        const auto parsed = parseFile(u"valid.yaml"_s);
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().toString()));
        const MessageTemplate& t = *parsed;
        QCOMPARE(t.id, u"test-valid"_s);
        QCOMPARE(t.version, 2);
        QCOMPARE(t.name, u"Valid test template"_s);
        QCOMPARE(t.scenario, u"test"_s);
        QCOMPARE(t.audience, Audience::Internal);
        QCOMPARE(t.status, IncidentStatus::Monitoring);
        QCOMPARE(t.locale, u"en"_s);
        QCOMPARE(t.source, u"valid.yaml"_s);
        QCOMPARE(t.subject, u"Monitoring {{ service }}"_s);
        QCOMPARE(t.body, u"{{ service|capfirst }} is being watched.\n"_s);

        QCOMPARE(t.variables.size(), 3);
        const TemplateVariable* service = t.variable(u"service"_s);
        QVERIFY(service);
        QCOMPARE(service->type, TemplateVariable::Type::Text);
        QCOMPARE(service->label, u"Service"_s);
        QCOMPARE(service->required, true);
        QCOMPARE(service->example, u"the API"_s);
        const TemplateVariable* when = t.variable(u"when"_s);
        QCOMPARE(when->type, TemplateVariable::Type::Time);
        QCOMPARE(when->label, u"when"_s); // the name when there is no label
        QCOMPARE(when->required, false);
        QCOMPARE(when->defaultValue, u"15:00 UTC"_s);
        const TemplateVariable* level = t.variable(u"level"_s);
        QCOMPARE(level->type, TemplateVariable::Type::Choice);
        QCOMPARE(level->choices, (QStringList{u"low"_s, u"high"_s}));

        QCOMPARE(t.channelBodies.size(), 2);
        QCOMPARE(t.bodyFor(ChannelKind::Sms), u"Watching {{ service }}."_s);
        QCOMPARE(t.bodyFor(ChannelKind::StatusPage), u"{{ service }} is recovering."_s);
        QCOMPARE(t.bodyFor(ChannelKind::Email), t.body);
    }

    void brokenYamlReportsItsLine()
    {
        const auto parsed = parseFile(u"broken-yaml.yaml"_s);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().source, u"broken-yaml.yaml"_s);
        QCOMPARE(parsed.error().line, 9);
        QVERIFY(parsed.error().column >= 1);
        QVERIFY(!parsed.error().message.isEmpty());
        QVERIFY2(parsed.error().toString().startsWith(u"broken-yaml.yaml:9:"_s),
                 qPrintable(parsed.error().toString()));
    }

    void missingRequiredFieldIsNamed()
    {
        const auto parsed = parseFile(u"missing-field.yaml"_s);
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().message.contains(u"\"scenario\""_s), qPrintable(parsed.error().message));
        QVERIFY(parsed.error().line >= 1);
    }

    void unknownChannelIsReportedWhereItIs()
    {
        const auto parsed = parseFile(u"unknown-channel.yaml"_s);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().line, 10);
        QCOMPARE(parsed.error().column, 3);
        QVERIFY2(parsed.error().message.contains(u"\"pager\""_s), qPrintable(parsed.error().message));
    }

    void invalidAudienceListsTheValidOnes()
    {
        const auto parsed = parseFile(u"bad-audience.yaml"_s);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().line, 5);
        QCOMPARE(parsed.error().column, 11);
        QVERIFY(parsed.error().message.contains(u"\"everyone\""_s));
        QVERIFY2(parsed.error().message.contains(u"external, internal, support"_s),
                 qPrintable(parsed.error().message));
    }

    void variableMistakes_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("mentions");
        const QByteArray head =
            "id: t\nname: T\nscenario: s\naudience: external\nstatus: identified\nbody: x\n";
        QTest::newRow("not a mapping") << QByteArray("- just\n- a list\n") << 1 << u"mapping"_s;
        QTest::newRow("bad id") << QByteArray("id: Not_Valid\nname: T\n") << 1 << u"Not_Valid"_s;
        QTest::newRow("variables not a list") << head + "variables: text\n" << 7 << u"\"variables\""_s;
        QTest::newRow("upper-case variable") << head + "variables:\n  - name: Service\n" << 8 << u"Service"_s;
        QTest::newRow("declared twice") << head + "variables:\n  - name: a\n  - name: a\n" << 9 << u"twice"_s;
        QTest::newRow("unknown type") << head + "variables:\n  - name: a\n    type: number\n"
                                      << 9 << u"number"_s;
        QTest::newRow("status of no lifecycle")
            << QByteArray("id: t\nname: T\nscenario: s\naudience: external\n"
                          "status: fixed\nbody: x\n")
            << 5 << u"\"fixed\""_s;
        QTest::newRow("channel text not text") << head + "channels:\n  sms:\n    - a\n" << 9 << u"sms"_s;
    }

    void variableMistakes()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, line);
        QFETCH(QString, mentions);
        const TemplateProblem problem = problemOf(content);
        QVERIFY2(!problem.message.isEmpty(), "should not parse");
        QCOMPARE(problem.source, u"inline.yaml"_s);
        QVERIFY2(problem.message.contains(mentions), qPrintable(problem.message));
        QCOMPARE(problem.line, line);
    }

    void libraryReportsBrokenFilesAndKeepsTheRest()
    {
        TemplateLibrary library;
        library.loadDirectory(QDir(QStringLiteral(HERALD_TEST_DATA)).filePath(u"templates"_s));
        QCOMPARE(library.templates().size(), 1);
        QCOMPARE(library.templates().first().id, u"test-valid"_s);
        QCOMPARE(library.find(u"test-valid"_s)->name, u"Valid test template"_s);
        QVERIFY(!library.find(u"missing-field"_s));

        QStringList reported;
        for (const TemplateProblem& problem : library.problems()) {
            QVERIFY(problem.line >= 1);
            QVERIFY2(problem.toString().startsWith(problem.source + u':'), qPrintable(problem.toString()));
            const QString name = QFileInfo(problem.source).fileName();
            if (!reported.contains(name))
                reported << name;
        }
        QCOMPARE(reported,
                 (QStringList{u"bad-audience.yaml"_s, u"broken-yaml.yaml"_s, u"missing-field.yaml"_s,
                              u"unknown-channel.yaml"_s, u"x-duplicate-id.yaml"_s}));
        QVERIFY(library.problems().last().message.contains(u"test-valid"_s));
        // Files outside the compiled-in resources are named by their full path.
        QCOMPARE(library.problems().first().source, dataFile(u"bad-audience.yaml"_s));
    }

    void problemText()
    {
        QCOMPARE((TemplateProblem{u"a.yaml"_s, 3, 7, u"oops"_s}).toString(), u"a.yaml:3:7: oops"_s);
        QCOMPARE((TemplateProblem{u"a.yaml"_s, 3, 0, u"oops"_s}).toString(), u"a.yaml:3: oops"_s);
        QCOMPARE((TemplateProblem{u"a.yaml"_s, 0, 0, u"oops"_s}).toString(), u"a.yaml: oops"_s);
        QCOMPARE((TemplateProblem{QString(), 0, 0, u"oops"_s}).toString(), u"oops"_s);
    }

    void shippedTemplatesAllLoad()
    {
        const TemplateLibrary library = TemplateLibrary::shipped();
        QStringList problems;
        for (const TemplateProblem& p : library.problems())
            problems << p.toString();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QStringList ids;
        for (const MessageTemplate& t : library.templates())
            ids << t.id;
        QCOMPARE(ids, (QStringList{u"degraded-performance"_s, u"delayed-data"_s, u"internal-staff-update"_s,
                                   u"maintenance-completed"_s, u"maintenance-scheduled"_s,
                                   u"maintenance-started"_s, u"major-outage-identified"_s,
                                   u"major-outage-investigating"_s, u"major-outage-monitoring"_s,
                                   u"major-outage-resolved"_s, u"partial-outage-identified"_s,
                                   u"partial-outage-investigating"_s, u"partial-outage-monitoring"_s,
                                   u"partial-outage-resolved"_s, u"security-incident"_s,
                                   u"support-ticket-macro"_s, u"third-party-outage"_s}));
        QCOMPARE(library.templates().first().source, u"degraded-performance.yaml"_s);
    }
};

QTEST_GUILESS_MAIN(TemplateParserTest)
#include "TemplateParserTest.moc"
