// The herald executable on a database it cannot open: it says why on stderr (with the path)
// and, with no screen to show a dialog on (offscreen) or HERALD_NO_MODAL set, exits instead of
// waiting on a dialog nobody can see.
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class StartupTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void unopenableDatabase_data()
    {
        QTest::addColumn<QString>("platform");
        QTest::addColumn<bool>("noModal");
        QTest::newRow("offscreen") << u"offscreen"_s << false;
        QTest::newRow("HERALD_NO_MODAL") << u"offscreen"_s << true;
    }

    void unopenableDatabase()
    {
        QFETCH(QString, platform);
        QFETCH(bool, noModal);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"corrupt.sqlite"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\xa5'));
        file.close();

        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"QT_QPA_PLATFORM"_s, platform);
        environment.remove(u"HERALD_NO_MODAL"_s);
        if (noModal)
            environment.insert(u"HERALD_NO_MODAL"_s, u"1"_s);
        environment.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
        environment.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"data"_s));
        QProcess herald;
        herald.setProcessEnvironment(environment);
        QElapsedTimer timer;
        timer.start();
        herald.start(QStringLiteral(HERALD_GUI), {u"--database"_s, path});
        const bool finished = herald.waitForFinished(10000);
        if (!finished) {
            herald.kill();
            herald.waitForFinished();
        }
        QVERIFY2(finished, "herald waited (on an invisible dialog) instead of exiting");
        QVERIFY(timer.elapsed() < 10000);
        QCOMPARE(herald.exitStatus(), QProcess::NormalExit);
        QVERIFY(herald.exitCode() != 0);
        const QString err = QString::fromUtf8(herald.readAllStandardError());
        QVERIFY2(err.contains(path), qPrintable(err));
        QVERIFY2(err.contains(u"herald: "_s), qPrintable(err));
        // The file stays as it was.
        QCOMPARE(QFileInfo(path).size(), qint64(4096));
    }
};

QTEST_GUILESS_MAIN(StartupTest)
#include "StartupTest.moc"
