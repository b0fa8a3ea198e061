// herald-cli audit verify on the demo database and on copies tampered with through plain SQL,
// as someone with the sqlite3 shell would: each change is caught at the right event.

#include "CliRunner.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

class AuditTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;

    // A copy of the demo database with one SQL change made behind Herald's back.
    QString tampered(const QString& name, const QStringList& statements)
    {
        const QString path = m_dir.filePath(name + u".sqlite"_s);
        QFile::remove(path);
        if (!QFile::copy(m_demo, path))
            qFatal("copy failed");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(path);
            if (!db.open())
                qFatal("open failed");
            QSqlQuery q(db);
            for (const QString& sql : statements)
                if (!q.exec(sql))
                    qFatal("%s", qPrintable(sql));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return path;
    }

    static qint64 firstBad(const CliRun& run) { return run.json()[u"first_bad_event"_s].toInteger(); }

private Q_SLOTS:
    void initTestCase()
    {
        m_demo = m_dir.filePath(u"demo.sqlite"_s);
        QCOMPARE(runCli({u"demo"_s, u"--database"_s, m_demo}).exitCode, 0);
        // Settle the demo's WAL into the file, so a copy holds every event.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"checkpoint"_s);
        db.setDatabaseName(m_demo);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"checkpoint"_s);
    }

    void intactDatabaseVerifies()
    {
        const CliRun run = runCli({u"audit"_s, u"verify"_s, u"--database"_s, m_demo});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("intact: 33 events verified"), run.out.constData());
        const CliRun json = runCli({u"audit"_s, u"verify"_s, u"--database"_s, m_demo, u"--json"_s});
        QCOMPARE(json.json()[u"intact"_s].toBool(), true);
        QCOMPARE(json.json()[u"events"_s].toInt(), 33);
        // The demo's first update went out before review; the report names it and its reviewer.
        QVERIFY2(run.out.contains("Emergency sends before review: 1\n"), run.out.constData());
        QVERIFY2(run.out.contains("reviewed after by Jordan Kim"), run.out.constData());
        const QJsonArray sends = json.json()[u"emergency_sends"_s].toArray();
        QCOMPARE(sends.size(), 1);
        QCOMPARE(sends[0][u"by"_s].toString(), u"Alex Morgan"_s);
        QVERIFY(sends[0][u"reason"_s].toString().startsWith(u"Customers are locked out"_s));
        QCOMPARE(sends[0][u"reviewed_by"_s].toString(), u"Jordan Kim"_s);
    }

    void changedFieldIsFound()
    {
        const QString path = tampered(
            u"changed"_s, {u"UPDATE timeline_events SET summary = 'Nothing happened' WHERE sequence = 12"_s});
        const CliRun run = runCli({u"audit"_s, u"verify"_s, u"--database"_s, path, u"--json"_s});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(firstBad(run), 12);
        const CliRun text = runCli({u"audit"_s, u"verify"_s, u"--database"_s, path});
        QVERIFY2(text.out.contains("broken at event 12"), text.out.constData());
    }

    void removedRowIsFound()
    {
        const QString path = tampered(u"removed"_s, {u"DELETE FROM timeline_events WHERE sequence = 7"_s});
        const CliRun run = runCli({u"audit"_s, u"verify"_s, u"--database"_s, path, u"--json"_s});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(firstBad(run), 8); // the event after the gap no longer follows its predecessor
    }

    void swappedRowsAreFound()
    {
        // Rows 4 and 5 trade places, hashes and all: each row is intact, the order is not.
        const QString columns =
            u"incident_id, at, actor_id, actor_name, type, summary, details, previous_hash, hash"_s;
        const QString path = tampered(
            u"swapped"_s,
            {u"CREATE TABLE saved AS SELECT * FROM timeline_events WHERE sequence IN (4, 5)"_s,
             u"DELETE FROM timeline_events WHERE sequence IN (4, 5)"_s,
             u"INSERT INTO timeline_events (sequence, %1) SELECT 9 - sequence, %1 FROM saved"_s.arg(columns),
             u"DROP TABLE saved"_s});
        const CliRun run = runCli({u"audit"_s, u"verify"_s, u"--database"_s, path, u"--json"_s});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(firstBad(run), 4);
    }

    void badInputIsExitTwo()
    {
        const CliRun missing =
            runCli({u"audit"_s, u"verify"_s, u"--database"_s, m_dir.filePath(u"nope.sqlite"_s)});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("does not exist"));
        const QString junk = m_dir.filePath(u"junk.sqlite"_s);
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        const CliRun corrupt = runCli({u"audit"_s, u"verify"_s, u"--database"_s, junk});
        QCOMPARE(corrupt.exitCode, 2);
        QVERIFY2(corrupt.err.contains("junk.sqlite"), corrupt.err.constData());
        QCOMPARE(runCli({u"audit"_s, u"--database"_s, m_demo}).exitCode, 2); // no "verify"
    }
};

QTEST_GUILESS_MAIN(AuditTest)
#include "AuditTest.moc"
