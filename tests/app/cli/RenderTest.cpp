#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

// herald-cli render: every channel (or one) as JSON, and the exit codes 0, 1 and 2.
class RenderTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString& name, const QByteArray& content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write test file");
        return path;
    }

    QString vars(const QByteArray& extra = {})
    {
        return write(u"vars.json"_s, "{\"service\": \"the Payments API\",\n"
                                     " \"impact\": \"About one in five card payments is declined.\",\n" +
                                         extra +
                                         " \"incident\": {\"title\": \"Payments API outage\", \"severity\": "
                                         "\"sev2\", \"components\": [{\"name\": \"Payments API\", "
                                         "\"impact\": \"partial_outage\"}]}}\n");
    }

    static QStringList channelsOf(const QJsonDocument& json)
    {
        QStringList out;
        for (const QJsonValue& v : json[u"channels"_s].toArray())
            out << v[u"channel"_s].toString();
        return out;
    }

private Q_SLOTS:
    void rendersEveryChannel()
    {
        const CliRun run = runCli({u"render"_s, u"--template"_s, u"partial-outage-investigating"_s,
                                   u"--vars"_s, vars(" \"next_update\": \"14:30 UTC\",\n"), u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        const QJsonDocument json = run.json();
        QCOMPARE(json[u"template"_s][u"id"_s].toString(), u"partial-outage-investigating"_s);
        QCOMPARE(json[u"template"_s][u"version"_s].toInt(), 2);
        QCOMPARE(json[u"problems"_s].toArray().size(), 0);
        const QStringList channels = channelsOf(json);
        for (const QString& expected : {u"sms"_s, u"email"_s, u"slack"_s, u"webhook"_s})
            QVERIFY2(channels.contains(expected), qPrintable(channels.join(u' ')));
        const QJsonArray list = json[u"channels"_s].toArray();
        for (const QJsonValue& v : list) {
            if (v[u"channel"_s].toString() == u"sms"_s) {
                QCOMPARE(v[u"text"_s].toString(),
                         u"Investigating problems with the Payments API. About one in "
                         u"five card payments is declined. Next update by 14:30 UTC."_s);
                QVERIFY(v[u"wire"_s].isNull());
            }
            if (v[u"channel"_s].toString() == u"email"_s) {
                QCOMPARE(v[u"title"_s].toString(), u"Investigating: problems with the Payments API"_s);
                QVERIFY(v[u"html"_s].toString().contains(u"<p>"_s));
            }
            if (v[u"channel"_s].toString() == u"webhook"_s) { // JSON on the wire comes back as JSON
                QCOMPARE(v[u"wire"_s][u"schema"_s].toString(), u"herald.update"_s);
                QCOMPARE(v[u"wire"_s][u"update"_s][u"template"_s].toString(),
                         u"partial-outage-investigating"_s);
                QCOMPARE(v[u"wire"_s][u"incident"_s][u"title"_s].toString(), u"Payments API outage"_s);
            }
        }
    }

    void rendersOneChannel()
    {
        const CliRun run =
            runCli({u"render"_s, u"--template"_s, u"major-outage-investigating"_s, u"--vars"_s,
                    vars(" \"next_update\": \"14:30 UTC\",\n"), u"--channel"_s, u"slack"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonDocument json = run.json();
        QCOMPARE(channelsOf(json), QStringList{u"slack"_s});
        const QJsonValue slack = json[u"channels"_s][0];
        QCOMPARE(slack[u"title"_s].toString(), u"Major outage, investigating: the Payments API"_s);
        QCOMPARE(slack[u"wire"_s][u"blocks"_s][0][u"type"_s].toString(), u"header"_s);
    }

    void rendersATemplateFile()
    {
        const QString file = write(u"mine.yaml"_s, "id: mine\nversion: 3\nname: Mine\nscenario: test\n"
                                                   "audience: external\nstatus: identified\n"
                                                   "variables:\n  - name: service\n    required: true\n"
                                                   "body: \"{{ service|capfirst }} is slow.\"\n");
        const CliRun run = runCli(
            {u"render"_s, u"--template"_s, file, u"--vars"_s, vars(), u"--channel"_s, u"sms"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonDocument json = run.json();
        QCOMPARE(json[u"template"_s][u"id"_s].toString(), u"mine"_s);
        QCOMPARE(json[u"template"_s][u"version"_s].toInt(), 3);
        QCOMPARE(json[u"channels"_s][0][u"text"_s].toString(), u"The Payments API is slow."_s);
    }

    void missingRequiredValueBlocks()
    {
        const CliRun run = runCli({u"render"_s, u"--template"_s, u"partial-outage-investigating"_s,
                                   u"--vars"_s, vars(), u"--json"_s});
        QCOMPARE(run.exitCode, 1);
        const QJsonArray problems = run.json()[u"problems"_s].toArray();
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems[0][u"message"_s].toString().contains(u"Next update at"_s),
                 qPrintable(problems[0][u"message"_s].toString()));
        QVERIFY(!run.json()[u"channels"_s].toArray().isEmpty()); // still shown, to see what is missing
    }

    void brokenTemplateFileBlocksWithPlaces()
    {
        const QString file = write(u"broken.yaml"_s, "id: broken\nname: Broken\nscenario: test\n"
                                                     "audience: external\nstatus: identified\n"
                                                     "body: \"{{ servce }} {% frobnicate %}\"\n");
        const CliRun run = runCli({u"render"_s, u"--template"_s, file, u"--vars"_s, vars(), u"--json"_s});
        QCOMPARE(run.exitCode, 1);
        const QJsonArray problems = run.json()[u"problems"_s].toArray();
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems[0][u"line"_s].toInt(), 6);
        QCOMPARE(problems[0][u"column"_s].toInt(), 11);
        QCOMPARE(problems[0][u"length"_s].toInt(), 6);
        QVERIFY(problems[0][u"message"_s].toString().contains(u"servce"_s));
        QCOMPARE(problems[1][u"column"_s].toInt(), 24);
        QVERIFY(problems[1][u"message"_s].toString().contains(u"frobnicate"_s));
        QCOMPARE(run.json()[u"channels"_s].toArray().size(), 0);
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        const QString good = vars(" \"next_update\": \"14:30 UTC\",\n");
        const QString broken = write(u"broken.json"_s, "{\"service\": \"x\",\n \"impact\": }\n");
        const QString list = write(u"list.json"_s, "[1, 2]\n");
        const QString id = u"partial-outage-investigating"_s;
        QTest::newRow("unknown template")
            << QStringList{u"--template"_s, u"no-such-template"_s, u"--vars"_s, good}
            << u"no-such-template"_s;
        QTest::newRow("unknown channel")
            << QStringList{u"--template"_s, id, u"--vars"_s, good, u"--channel"_s, u"pager"_s}
            << u"unknown channel \"pager\""_s;
        QTest::newRow("no vars option") << QStringList{u"--template"_s, id} << u"--vars"_s;
        QTest::newRow("no template option") << QStringList{u"--vars"_s, good} << u"--template"_s;
        QTest::newRow("vars file missing")
            << QStringList{u"--template"_s, id, u"--vars"_s, m_dir.filePath(u"absent.json"_s)}
            << u"absent.json"_s;
        QTest::newRow("vars not JSON")
            << QStringList{u"--template"_s, id, u"--vars"_s, broken} << broken + u":2:"_s;
        QTest::newRow("vars not an object")
            << QStringList{u"--template"_s, id, u"--vars"_s, list} << u"object"_s;
        QTest::newRow("unknown locale")
            << QStringList{u"--template"_s, id, u"--vars"_s, good, u"--locale"_s, u"xx"_s}
            << u"locale \"xx\""_s;
    }

    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const CliRun run = runCli(QStringList{u"render"_s} + arguments + QStringList{u"--json"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(QString::fromUtf8(run.err).contains(mentions), run.err.constData());
    }

    // A value of the wrong JSON type never reaches customer text as "[u'a', u'b']": numbers and
    // yes/no are written out as text, lists and objects are refused naming the variable.
    void jsonTypesOfValues_data()
    {
        QTest::addColumn<QByteArray>("next");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected"); // in the SMS text, or in the error
        QTest::newRow("text") << QByteArray("\"14:30 UTC\"") << 0 << u"Next update by 14:30 UTC."_s;
        QTest::newRow("integer") << QByteArray("42") << 0 << u"Next update by 42."_s;
        QTest::newRow("decimal") << QByteArray("2.5") << 0 << u"Next update by 2.5."_s;
        QTest::newRow("boolean") << QByteArray("true") << 0 << u"Next update by true."_s;
        QTest::newRow("list") << QByteArray("[\"a\", \"b\"]") << 2
                              << u"\"next_update\" must be text (a string), not a list"_s;
        QTest::newRow("object") << QByteArray("{\"at\": \"14:30\"}") << 2
                                << u"\"next_update\" must be text (a string), not an object"_s;
    }

    void jsonTypesOfValues()
    {
        QFETCH(QByteArray, next);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        const CliRun run =
            runCli({u"render"_s, u"--template"_s, u"partial-outage-investigating"_s, u"--vars"_s,
                    vars(" \"next_update\": " + next + ",\n"), u"--channel"_s, u"sms"_s, u"--json"_s});
        QCOMPARE(run.exitCode, exitCode);
        if (exitCode == 2) {
            QVERIFY2(run.err.startsWith("herald-cli render: "), run.err.constData());
            QVERIFY2(QString::fromUtf8(run.err).contains(expected), run.err.constData());
            QVERIFY(run.out.isEmpty());
            return;
        }
        const QString text = run.json()[u"channels"_s][0][u"text"_s].toString();
        QVERIFY2(text.endsWith(expected), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(RenderTest)
#include "RenderTest.moc"
