#include "CliRunner.h"
#include "templating/TemplateLibrary.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Herald;

// herald-cli lint as a script uses it: exit 0 when nothing blocks, 1 when a finding blocks,
// 2 for bad input, and the JSON it prints.
class LintTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString& name, const QByteArray& content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static QByteArray examplesOf(const MessageTemplate& t)
    {
        QJsonObject values;
        for (const TemplateVariable& variable : t.variables)
            values.insert(variable.name, variable.example);
        return QJsonDocument(values).toJson();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void cleanTextExitsZero()
    {
        const QString path =
            write(u"clean.txt"_s, "Card payments fail for about one in five customers. Retry a "
                                  "declined payment after a minute. Next update by 15:30 UTC.\n");
        const CliRun run = runCli({u"lint"_s, u"--file"_s, path, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = run.json().object();
        QCOMPARE(json.value(u"blocking"_s).toInt(-1), 0);
        QVERIFY(json.value(u"findings"_s).isArray());
        QCOMPARE(json.value(u"findings"_s).toArray().size(), 0);
    }

    void blockingFindingExitsOneWithFields()
    {
        // "We are looking into" + "some issues" at 20..31; no time for the next update.
        const QString path = write(u"vague.txt"_s, "We are looking into some issues with our SRE tooling.");
        const CliRun run = runCli({u"lint"_s, u"--file"_s, path, u"--json"_s});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject json = run.json().object();
        QCOMPARE(json.value(u"blocking"_s).toInt(), 1);
        const QJsonArray findings = json.value(u"findings"_s).toArray();
        QJsonObject vague, next;
        for (const QJsonValue& value : findings) {
            const QJsonObject f = value.toObject();
            for (const QString& key :
                 {u"rule"_s, u"severity"_s, u"part"_s, u"start"_s, u"end"_s, u"message"_s, u"excerpt"_s})
                QVERIFY2(f.contains(key), qPrintable(key));
            QVERIFY(!f.contains(u"channel"_s)); // plain text has no channel
            if (f.value(u"rule"_s).toString() == u"vague-phrase"_s)
                vague = f;
            if (f.value(u"rule"_s).toString() == u"missing-next-update"_s)
                next = f;
        }
        QCOMPARE(vague.value(u"severity"_s).toString(), u"warning"_s);
        QCOMPARE(vague.value(u"start"_s).toInt(), 20);
        QCOMPARE(vague.value(u"end"_s).toInt(), 31);
        QCOMPARE(vague.value(u"excerpt"_s).toString(), u"some issues"_s);
        QCOMPARE(vague.value(u"part"_s).toString(), u"text"_s);
        QCOMPARE(next.value(u"severity"_s).toString(), u"blocking"_s);
        QCOMPARE(next.value(u"excerpt"_s).toString(), QString());

        // Plain output says the same in lines, and the status can waive the next-update time.
        const CliRun plain = runCli({u"lint"_s, u"--file"_s, path});
        QCOMPARE(plain.exitCode, 1);
        QVERIFY(plain.out.contains("warning vague-phrase text 20-31"));
        QVERIFY(plain.out.contains("1 blocking"));
        QCOMPARE(runCli({u"lint"_s, u"--file"_s, path, u"--status"_s, u"resolved"_s}).exitCode, 0);
    }

    void settingsChangeTheOutcome()
    {
        const QString text = write(u"time.txt"_s, "Card payments fail. Retry later.");
        QCOMPARE(runCli({u"lint"_s, u"--file"_s, text}).exitCode, 1);
        const QString settings =
            write(u"settings.json"_s,
                  R"({"severities": {"missing-next-update": "warning", "jargon": "blocking"}})");
        QCOMPARE(runCli({u"lint"_s, u"--file"_s, text, u"--settings"_s, settings}).exitCode, 0);
        const QString jargon =
            write(u"jargon.txt"_s, "Our k8s platform fails. Retry later. Next update by 15:30 UTC.");
        const CliRun run = runCli({u"lint"_s, u"--file"_s, jargon, u"--settings"_s, settings, u"--json"_s});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.json().object().value(u"blocking"_s).toInt(), 1);
    }

    void templateWithChannels()
    {
        const TemplateLibrary library = TemplateLibrary::shipped();
        const MessageTemplate* t = library.find(u"partial-outage-identified"_s);
        QVERIFY(t);
        const QString vars = write(u"identified.json"_s, examplesOf(*t));
        const CliRun run = runCli({u"lint"_s, u"--template"_s, t->id, u"--vars"_s, vars, u"--json"_s});
        QVERIFY2(run.exitCode == 0, run.out.constData());
        const QJsonObject json = run.json().object();
        QCOMPARE(json.value(u"blocking"_s).toInt(-1), 0);
        for (const QJsonValue& value : json.value(u"findings"_s).toArray()) {
            const QJsonObject f = value.toObject();
            QVERIFY(f.contains(u"channel"_s)); // every finding here is about one channel's text
            QVERIFY(f.value(u"end"_s).toInt() >= f.value(u"start"_s).toInt());
        }

        // Without the required next-update time: the template problem and the missing time block.
        QJsonObject partial = QJsonDocument::fromJson(examplesOf(*t)).object();
        partial.remove(u"next_update"_s);
        const QString missing = write(u"missing.json"_s, QJsonDocument(partial).toJson());
        const CliRun blocked = runCli({u"lint"_s, u"--template"_s, t->id, u"--vars"_s, missing, u"--json"_s});
        QCOMPARE(blocked.exitCode, 1);
        QStringList rules;
        for (const QJsonValue& value : blocked.json().object().value(u"findings"_s).toArray())
            if (value.toObject().value(u"severity"_s).toString() == u"blocking"_s)
                rules << value.toObject().value(u"rule"_s).toString();
        QVERIFY2(rules.contains(u"template"_s) && rules.contains(u"missing-next-update"_s),
                 qPrintable(rules.join(u", "_s)));
    }

    void templateFromAFile()
    {
        const QString yaml = write(u"mine.yaml"_s, R"(id: mine
name: Mine
scenario: partial-outage
audience: external
status: investigating
variables:
  - name: next_update
    label: Next update at
    type: time
    required: true
    example: 15:30 UTC
subject: "Problems with payments"
body: "URGENT!! Payments fail for some users. Retry later. Next update by {{ next_update }}."
)");
        const QString vars = write(u"mine.json"_s, R"({"next_update": "15:30 UTC"})");
        const CliRun run = runCli({u"lint"_s, u"--template"_s, yaml, u"--vars"_s, vars, u"--json"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QStringList found;
        for (const QJsonValue& value : run.json().object().value(u"findings"_s).toArray()) {
            const QJsonObject f = value.toObject();
            if (f.value(u"channel"_s).toString() == u"sms"_s)
                found << f.value(u"rule"_s).toString() + u':' + f.value(u"excerpt"_s).toString();
        }
        QVERIFY2(found.contains(u"shouting:URGENT"_s) && found.contains(u"shouting:!!"_s) &&
                     found.contains(u"vague-phrase:some users"_s),
                 qPrintable(found.join(u", "_s)));
    }

    void everyShippedTemplateLintsClean()
    {
        const TemplateLibrary library = TemplateLibrary::shipped();
        QVERIFY(!library.templates().isEmpty());
        for (const MessageTemplate& t : library.templates()) {
            const QString vars = write(t.id + u".json"_s, examplesOf(t));
            const CliRun run = runCli({u"lint"_s, u"--template"_s, t.id, u"--vars"_s, vars});
            QVERIFY2(run.exitCode == 0, qPrintable(t.id + u":\n"_s + QString::fromUtf8(run.out + run.err)));
        }
    }

    void badInputExitsTwo()
    {
        const QString text = write(u"ok.txt"_s, "Payments fail. Retry later. Next update by 15:30 UTC.");
        // A missing file.
        CliRun run = runCli({u"lint"_s, u"--file"_s, m_dir.filePath(u"absent.txt"_s)});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("absent.txt"));
        // JSON that does not parse: where, by line and column.
        const QString broken = write(u"broken.json"_s, "{\n  \"service\": \"x\",\n  \"impact\" \"y\"\n}\n");
        run = runCli({u"lint"_s, u"--template"_s, u"partial-outage-identified"_s, u"--vars"_s, broken});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("broken.json:3:"), run.err.constData());
        // An unknown template, listing the shipped ones.
        const QString vars = write(u"empty.json"_s, "{}");
        run = runCli({u"lint"_s, u"--template"_s, u"no-such-template"_s, u"--vars"_s, vars});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("no-such-template") && run.err.contains("partial-outage-identified"));
        // A template file that does not parse: file:line:column.
        const QString badYaml = write(u"bad.yaml"_s, "id: bad\nname: [unclosed\n");
        run = runCli({u"lint"_s, u"--template"_s, badYaml, u"--vars"_s, vars});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("bad.yaml:"), run.err.constData());
        // Settings with an unknown rule; options that do not go together; an unknown option.
        const QString settings = write(u"bad-settings.json"_s, R"({"severities": {"jargons": "off"}})");
        QCOMPARE(runCli({u"lint"_s, u"--file"_s, text, u"--settings"_s, settings}).exitCode, 2);
        QCOMPARE(runCli({u"lint"_s, u"--file"_s, text, u"--template"_s, u"x"_s, u"--vars"_s, vars}).exitCode,
                 2);
        QCOMPARE(runCli({u"lint"_s, u"--template"_s, u"partial-outage-identified"_s}).exitCode, 2);
        QCOMPARE(runCli({u"lint"_s}).exitCode, 2);
        QCOMPARE(runCli({u"lint"_s, u"--frobnicate"_s}).exitCode, 2);
        QCOMPARE(runCli({u"lint"_s, u"--file"_s, text, u"--status"_s, u"fixed"_s}).exitCode, 2);
    }

    // Text that reads differently than it displays blocks; text that is not UTF-8 is refused.
    void hiddenCharactersBlock()
    {
        const QString path = write(
            u"bidi.txt"_s, QString(u"Card payments fail for some customers. Pay at \u202Emoc.elpmaxe\u202C "
                                   "only. We will post the next update by 15:30 UTC.\u0000"_s)
                               .toUtf8());
        const CliRun run = runCli({u"lint"_s, u"--file"_s, path, u"--json"_s});
        QCOMPARE(run.exitCode, 1);
        QStringList codes;
        for (const QJsonValue& f : run.json()[u"findings"_s].toArray())
            if (f[u"rule"_s].toString() == u"hidden-characters"_s)
                codes << f[u"message"_s].toString().left(6);
        QCOMPARE(codes, (QStringList{u"U+202E"_s, u"U+202C"_s, u"U+0000"_s}));

        const QString bad = write(u"latin1.txt"_s, "Caf\xe9 is closed.");
        const CliRun refused = runCli({u"lint"_s, u"--file"_s, bad});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QByteArray(bad.toUtf8() + " is not valid UTF-8: byte offset 3 (0xe9)")),
                 refused.err.constData());
    }
};

QTEST_GUILESS_MAIN(LintTest)
#include "LintTest.moc"
