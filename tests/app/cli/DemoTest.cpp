#include "CliRunner.h"

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
    void unknownCommandIsBadInput()
    {
        const CliRun run = runCli({u"frobnicate"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("unknown command"));
    }
};

QTEST_GUILESS_MAIN(DemoTest)
#include "DemoTest.moc"
