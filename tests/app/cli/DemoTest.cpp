#include "CliRunner.h"

#include <QDir>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

class DemoTest : public QObject {
    Q_OBJECT
private slots:
    void writesTheDemoDatabaseOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"demo.sqlite"_s);
        const CliRun first = runCli({u"demo"_s, u"--database"_s, path});
        QCOMPARE(first.exitCode, 0);
        QVERIFY(QFile::exists(path));
        QVERIFY(first.out.contains("timeline events"));
        const CliRun second = runCli({u"demo"_s, u"--database"_s, path});
        QCOMPARE(second.exitCode, 2);
        QVERIFY(second.err.contains("exists already"));
    }
    // Flags are bad input like everywhere else: exit 2, "herald-cli demo: ...".
    void badFlagsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown") << QStringList{u"demo"_s, u"--databse"_s, u"x.sqlite"_s}
                                 << u"Unknown option"_s;
        QTest::newRow("incomplete") << QStringList{u"demo"_s, u"--database"_s} << u"Missing value"_s;
        QTest::newRow("positional") << QStringList{u"demo"_s, u"x.sqlite"_s} << u"unexpected argument"_s;
        QTest::newRow("render unknown")
            << QStringList{u"render"_s, u"--tempalte"_s, u"x"_s} << u"Unknown option"_s;
        QTest::newRow("lint incomplete") << QStringList{u"lint"_s, u"--file"_s} << u"Missing value"_s;
        QTest::newRow("measure unknown")
            << QStringList{u"measure"_s, u"--chanel"_s, u"sms"_s} << u"Unknown option"_s;
    }

    void badFlagsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliRun run = runCli(arguments);
        QCOMPARE(run.exitCode, 2);
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(err.startsWith(QString(u"herald-cli "_s + arguments.first() + u": "_s)), qPrintable(err));
        QVERIFY2(err.contains(message), qPrintable(err));
    }

    // Two demos racing for one path: one writes it, the other says the path is taken (or was
    // just written by another) in one clear line, never a raw SQLite error; the file is whole.
    void twoAtOnceOnOnePath()
    {
        for (int round = 0; round < 6; ++round) {
            QTemporaryDir dir;
            const QString path = dir.filePath(u"demo.sqlite"_s);
            QProcess a, b;
            a.start(QStringLiteral(HERALD_CLI), {u"demo"_s, u"--database"_s, path});
            b.start(QStringLiteral(HERALD_CLI), {u"demo"_s, u"--database"_s, path});
            QVERIFY(a.waitForFinished(60000) && b.waitForFinished(60000));
            const QList<int> codes{a.exitCode(), b.exitCode()};
            const QList<QByteArray> errs{a.readAllStandardError(), b.readAllStandardError()};
            QVERIFY2(codes.contains(0), QByteArray(errs.at(0) + errs.at(1)).constData());
            const int loser = codes.at(0) == 0 ? 1 : 0;
            const QByteArray& err = errs.at(loser);
            if (codes.at(loser) != 0) {
                QCOMPARE(codes.at(loser), 2);
                QVERIFY2(err.startsWith("herald-cli demo: ") && err.contains("exists already"),
                         err.constData());
                QCOMPARE(err.count('\n'), 1);
            }
            // The winner's database is whole and verifies.
            const CliRun audit = runCli({u"audit"_s, u"verify"_s, u"--database"_s, path});
            QVERIFY2(audit.exitCode == 0, QByteArray(audit.out + audit.err).constData());
            // Nothing of the loser's is left next to it.
            QCOMPARE(QDir(dir.path())
                         .entryList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot)
                         .filter(u".demo-"_s),
                     QStringList());
        }
    }

    void unknownCommandIsBadInput()
    {
        const CliRun run = runCli({u"frobnicate"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("unknown command"));
    }
};

QTEST_GUILESS_MAIN(DemoTest)
#include "DemoTest.moc"
