// herald-cli audit against what a hash chain alone cannot see: the newest events deleted, or one
// edited and every later hash recomputed. Witnesses of the chain's head catch both: a checkpoint
// file (`audit checkpoint`) and the keychain's (ChainWitness). And audit never writes: not into
// an empty file, not into an old schema, and its bad flags are bad input (exit 2).

#include "CliRunner.h"
#include "TestKeychain.h"
#include "base/IsoTime.h"
#include "base/SystemClock.h"
#include "secrets/KeychainSecretStore.h"
#include "store/Migrator.h"
#include "timeline/ChainWitness.h"
#include "timeline/TimelineChain.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Herald;

namespace {
QByteArray sha256Of(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

// Runs statements with a plain SQLite connection, as someone with the sqlite3 shell would.
void runSql(const QString& path, const std::function<void(QSqlDatabase&)>& work)
{
    static int next = 0;
    const QString name = u"audit-sql-%1"_s.arg(++next);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("open failed");
        work(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void exec(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        qFatal("%s", qPrintable(sql));
}
} // namespace

class AuditWitnessTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_demo;
    QString m_checkpoint; // the demo's head, as `audit checkpoint` printed it
    QJsonObject m_head;

    QString copyOfDemo(const QString& name)
    {
        const QString path = m_dir.filePath(name + u".sqlite"_s);
        QFile::remove(path);
        if (!QFile::copy(m_demo, path))
            qFatal("copy failed");
        return path;
    }

    // Deletes the newest events, as `DELETE FROM timeline_events WHERE sequence >= N` does.
    QString truncated(const QString& name, int from)
    {
        const QString path = copyOfDemo(name);
        runSql(path, [&](QSqlDatabase& db) {
            exec(db, u"DELETE FROM timeline_events WHERE sequence >= %1"_s.arg(from));
        });
        return path;
    }

    // Edits one event's summary and recomputes every hash from there on: the chain verifies.
    QString rechained(const QString& name, int edited)
    {
        const QString path = copyOfDemo(name);
        runSql(path, [&](QSqlDatabase& db) {
            QSqlQuery q(db);
            QVERIFY(q.exec(u"SELECT sequence, incident_id, at, actor_id, actor_name, type, summary, details, "
                           "previous_hash, hash FROM timeline_events ORDER BY sequence"_s));
            QList<TimelineEvent> events;
            QList<QByteArray> details; // as stored: the bytes the hash covers
            while (q.next()) {
                TimelineEvent e;
                e.sequence = q.value(0).toLongLong();
                e.incidentId = q.value(1).toLongLong();
                e.at = IsoTime::fromText(q.value(2).toString());
                e.actorId = q.value(3).toLongLong();
                e.actorName = q.value(4).toString();
                e.type = q.value(5).toString();
                e.summary = q.value(6).toString();
                e.details = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
                e.previousHash = q.value(8).toString().toLatin1();
                e.hash = q.value(9).toString().toLatin1();
                events << e;
                details << q.value(7).toString().toUtf8();
            }
            q.finish();
            QByteArray previous;
            for (qsizetype i = 0; i < events.size(); ++i) {
                TimelineEvent& e = events[i];
                if (e.sequence == edited)
                    e.summary = u"Nothing happened"_s;
                if (e.sequence >= edited) {
                    e.previousHash = previous;
                    e.hash = TimelineChain::hashOf(previous, e, details.at(i));
                    QSqlQuery u(db);
                    u.prepare(u"UPDATE timeline_events SET summary = ?, previous_hash = ?, hash = ? "
                              "WHERE sequence = ?"_s);
                    u.addBindValue(e.summary);
                    u.addBindValue(QString::fromLatin1(e.previousHash));
                    u.addBindValue(QString::fromLatin1(e.hash));
                    u.addBindValue(e.sequence);
                    QVERIFY(u.exec());
                }
                previous = e.hash;
            }
        });
        return path;
    }

    static CliRun verify(const QString& path, const QStringList& more = {})
    {
        return runCli(QStringList{u"audit"_s, u"verify"_s, u"--database"_s, path} + more);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Before anything talks to D-Bus; herald-cli inherits the private keychain's bus.
        const QString error = Test::Keychain::start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_demo = m_dir.filePath(u"demo.sqlite"_s);
        QCOMPARE(runCli({u"demo"_s, u"--database"_s, m_demo}).exitCode, 0);
        runSql(m_demo, [](QSqlDatabase& db) { exec(db, u"PRAGMA wal_checkpoint(TRUNCATE)"_s); });
    }

    // `audit checkpoint` of the intact demo, kept in a file as an operator would.
    void checkpointNamesTheHead()
    {
        const CliRun run = runCli({u"audit"_s, u"checkpoint"_s, u"--database"_s, m_demo});
        QCOMPARE(run.exitCode, 0);
        m_head = run.json().object();
        m_checkpoint = m_dir.filePath(u"demo.checkpoint.json"_s);
        QFile file(m_checkpoint);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(run.out);
        file.close();
        QString id;
        QString hash;
        runSql(m_demo, [&](QSqlDatabase& db) {
            QSqlQuery q(db);
            QVERIFY(q.exec(u"SELECT id FROM database_identity"_s) && q.next());
            id = q.value(0).toString();
            QVERIFY(q.exec(u"SELECT hash FROM timeline_events WHERE sequence = 33"_s) && q.next());
            hash = q.value(0).toString();
        });
        QCOMPARE(m_head.value(u"database"_s).toString(), id);
        QCOMPARE(m_head.value(u"sequence"_s).toInteger(), 33);
        QCOMPARE(m_head.value(u"hash"_s).toString(), hash);
        QVERIFY(QDateTime::fromString(m_head.value(u"at"_s).toString(), Qt::ISODateWithMs).isValid());
        // The intact database agrees with its checkpoint.
        const CliRun agrees = verify(m_demo, {u"--witness"_s, m_checkpoint, u"--no-keychain"_s, u"--json"_s});
        QCOMPARE(agrees.exitCode, 0);
        QCOMPARE(agrees.json()[u"witnesses"_s][0][u"verdict"_s].toString(), u"ok"_s);
    }

    void truncationIsFoundByACheckpoint()
    {
        const QString path = truncated(u"truncated"_s, 30);
        // The chain alone cannot see it: what is left links up.
        QCOMPARE(verify(path, {u"--no-keychain"_s}).exitCode, 0);
        const CliRun run = verify(path, {u"--witness"_s, m_checkpoint, u"--no-keychain"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains("truncated: the witnessed head is event 33, the newest event is 29"),
                 run.out.constData());
        const CliRun json = verify(path, {u"--witness"_s, m_checkpoint, u"--no-keychain"_s, u"--json"_s});
        QCOMPARE(json.exitCode, 1);
        QCOMPARE(json.json()[u"intact"_s].toBool(), false);
        const QJsonObject witness = json.json()[u"witnesses"_s][0].toObject();
        QCOMPARE(witness[u"source"_s].toString(), m_checkpoint);
        QCOMPARE(witness[u"sequence"_s].toInteger(), 33);
        QVERIFY(witness[u"verdict"_s].toString().startsWith(u"truncated:"_s));
    }

    void rechainingIsFoundByACheckpoint()
    {
        const QString path = rechained(u"rechained"_s, 12);
        QCOMPARE(verify(path, {u"--no-keychain"_s}).exitCode, 0); // every hash recomputed
        const CliRun run = verify(path, {u"--witness"_s, m_checkpoint, u"--no-keychain"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains("re-chained: event 33 differs from the witnessed head"),
                 run.out.constData());
    }

    void aWitnessOfAnotherDatabaseIsRefused()
    {
        QJsonObject other = m_head;
        other.insert(u"database"_s, u"0123456789abcdef0123456789abcdef"_s);
        const QString path = m_dir.filePath(u"other.checkpoint.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(other).toJson());
        file.close();
        const CliRun run = verify(m_demo, {u"--witness"_s, path, u"--no-keychain"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("another database"), run.err.constData());
    }

    // The keychain's witness, kept by the ChainWitness a Herald process runs: the same findings
    // without any file given. Every copy of the demo shares its database id, so this one entry
    // witnesses them all.
    void theKeychainWitnessFindsBoth()
    {
        const QString id = m_head.value(u"database"_s).toString();
        const QByteArray hash = m_head.value(u"hash"_s).toString().toLatin1();
        KeychainSecretStore keychain;
        const SystemClock clock;
        {
            ChainWitness witness(keychain, id,
                                 {[&] { return ChainHead{33, hash}; }, [&](qint64) { return hash; }}, clock);
            QVERIFY(witness.flush(10000));
            QCOMPARE(witness.witnessed().sequence, 33);
        }
        const CliRun intact = verify(m_demo, {u"--json"_s});
        QCOMPARE(intact.exitCode, 0);
        QCOMPARE(intact.json()[u"witnesses"_s][0][u"source"_s].toString(), u"keychain"_s);
        QCOMPARE(intact.json()[u"witnesses"_s][0][u"verdict"_s].toString(), u"ok"_s);

        const CliRun cut = verify(truncated(u"truncated-k"_s, 25));
        QCOMPARE(cut.exitCode, 1);
        QVERIFY2(cut.out.contains("witness keychain: truncated: the witnessed head is event 33, the newest "
                                  "event is 24"),
                 cut.out.constData());
        const CliRun forged = verify(rechained(u"rechained-k"_s, 5));
        QCOMPARE(forged.exitCode, 1);
        QVERIFY2(
            forged.out.contains("witness keychain: re-chained: event 33 differs from the witnessed head"),
            forged.out.constData());
    }

    void anEmptyFileIsRefusedAndLeftEmpty()
    {
        const QString path = m_dir.filePath(u"empty.sqlite"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        for (const QString& what : {u"verify"_s, u"checkpoint"_s}) {
            const CliRun run = runCli({u"audit"_s, what, u"--database"_s, path, u"--no-keychain"_s});
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains("empty"), run.err.constData());
            QCOMPARE(QFileInfo(path).size(), 0);
        }
        QVERIFY(!QFile::exists(path + u"-wal"_s));
    }

    void anOldSchemaIsVerifiedAsItIs()
    {
        const QString path = m_dir.filePath(u"v1.sqlite"_s);
        QFile sql(QDir(QStringLiteral(HERALD_TEST_DATA)).filePath(u"store/herald_v1.sql"_s));
        QVERIFY(sql.open(QIODevice::ReadOnly));
        const QStringList statements = Migrator::statementsOf(QString::fromUtf8(sql.readAll()));
        runSql(path, [&](QSqlDatabase& db) {
            for (const QString& statement : statements)
                exec(db, statement);
        });
        const QByteArray before = sha256Of(path);
        const CliRun run = verify(path, {u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json()[u"schema_version"_s].toInt(), 1);
        QCOMPARE(sha256Of(path), before); // not upgraded, not switched to WAL
        QVERIFY(!QDir(path + u".backups"_s).exists());
        // Nothing to match a witness with: said so, exit 2.
        const CliRun withWitness = verify(path, {u"--witness"_s, m_checkpoint});
        QCOMPARE(withWitness.exitCode, 2);
        QVERIFY2(withWitness.err.contains("schema version 1"), withWitness.err.constData());
        QCOMPARE(sha256Of(path), before);
    }

    void aForeignFileIsRefused()
    {
        const QString path = m_dir.filePath(u"foreign.sqlite"_s);
        runSql(path, [](QSqlDatabase& db) { exec(db, u"CREATE TABLE notes (text TEXT)"_s); });
        const QByteArray before = sha256Of(path);
        const CliRun run = verify(path, {u"--no-keychain"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("not one of Herald's"), run.err.constData());
        QCOMPARE(sha256Of(path), before);
    }

    void badFlagsAreBadInput()
    {
        const CliRun unknown = verify(m_demo, {u"--bogus"_s});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.startsWith("herald-cli audit: "), unknown.err.constData());
        const CliRun incomplete = runCli({u"audit"_s, u"verify"_s, u"--database"_s});
        QCOMPARE(incomplete.exitCode, 2);
        QVERIFY2(incomplete.err.startsWith("herald-cli audit: "), incomplete.err.constData());
    }
};

QTEST_GUILESS_MAIN(AuditWitnessTest)
#include "AuditWitnessTest.moc"
