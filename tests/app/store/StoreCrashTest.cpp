// The store under kill -9: a child process drafts, approves and sends (or upgrades an old file)
// and is killed at random moments. After every kill the file passes SQLite's integrity check,
// every commit the child acknowledged is there, and the timeline's chain verifies; an upgrade
// killed at any step leaves the old schema or the new one, never a mix. HERALD_STORE_KILLS sets
// how many kills during work (40 in ./dev test, 450 in ./dev bench, plus a tenth as many during
// upgrades); prints `store-crash-test: kills=N acknowledged=N lost=N damaged=N`.
#include "StoreFiles.h"
#include "WorkflowFixture.h"
#include "store/Migrator.h"
#include "timeline/TimelineChain.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Herald;

namespace {
int killCount()
{
    const int set = qEnvironmentVariableIntValue("HERALD_STORE_KILLS");
    return set > 0 ? set : 40;
}

// Starts the worker, kills it after `ms` (unless it ended by itself), and returns what it
// acknowledged: "saved 12", "sent 12", ...
QStringList runAndKill(const QStringList& args, int ms, bool* killed)
{
    QProcess worker;
    worker.start(QStringLiteral(HERALD_STORE_WORKER), args);
    if (!worker.waitForStarted())
        return {u"did not start"_s};
    *killed = !worker.waitForFinished(ms);
    if (*killed) {
        worker.kill();
        worker.waitForFinished(5000);
    } else if (worker.exitCode() != 0) {
        qWarning("worker: %s", worker.readAllStandardError().constData());
    }
    return QString::fromUtf8(worker.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
}

// SQLite's own verdict on the whole file, read through a connection of its own.
QString integrity(const QString& path)
{
    const QString name = u"integrity-%1"_s.arg(QRandomGenerator::global()->generate());
    QString verdict;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
        if (!db.open())
            return db.lastError().text();
        QSqlQuery query(db);
        verdict = query.exec(u"PRAGMA integrity_check"_s) && query.next() ? query.value(0).toString()
                                                                          : query.lastError().text();
    }
    QSqlDatabase::removeDatabase(name);
    return verdict;
}
} // namespace

class StoreCrashTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void killedWhileWorkingLosesNoAcknowledgedCommit()
    {
        Test::WorkflowFixture f; // people, endpoints and a first incident, before any kill
        const QString path = f.store().database().path();
        QRandomGenerator random(quint32(QDateTime::currentMSecsSinceEpoch()));
        QHash<qint64, QString> acknowledged; // draft → the last step the worker acknowledged
        QList<qint64> incidents;
        int kills = 0;
        int lost = 0;
        int damaged = 0;
        while (kills < killCount()) {
            bool killed = false;
            const QStringList lines = runAndKill({path}, 150 + int(random.bounded(600)), &killed);
            kills += killed ? 1 : 0;
            QVERIFY2(killed, qPrintable(u"the worker stopped by itself: "_s + lines.join(u'|')));
            for (const QString& line : lines) {
                const QStringList parts = line.split(u' ');
                if (parts.size() != 2)
                    continue;
                if (parts[0] == u"incident"_s)
                    incidents << parts[1].toLongLong();
                else
                    acknowledged.insert(parts[1].toLongLong(), parts[0]);
            }
            const QString verdict = integrity(path);
            if (verdict != u"ok"_s) {
                ++damaged;
                QFAIL(qPrintable(u"after kill %1: %2"_s.arg(kills).arg(verdict)));
            }
            for (qint64 incident : std::as_const(incidents))
                lost += f.store().incidents().byId(incident) ? 0 : 1;
            for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it)
                lost += stepPresent(f.store(), it.key(), it.value()) ? 0 : 1;
            const auto broken = TimelineChain::verify(f.store().timeline().events());
            QVERIFY2(!broken, broken ? qPrintable(broken->reason) : "");
            QCOMPARE(lost, 0);
        }
        std::printf("store-crash-test: kills=%d acknowledged=%lld lost=%d damaged=%d\n", kills,
                    static_cast<long long>(acknowledged.size() + incidents.size()), lost, damaged);
        std::fflush(stdout);
        QVERIFY2(acknowledged.size() >= 5, "the worker was killed before it could commit anything");
    }

    void anUpgradeKilledAtAnyStepLeavesTheOldSchemaOrTheNew()
    {
        QRandomGenerator random(quint32(QDateTime::currentMSecsSinceEpoch()));
        const auto oldFile = [](const QTemporaryDir& dir) {
            const QString path = dir.filePath(u"old.sqlite"_s);
            const QString error =
                Test::StoreFiles::createFromSql(path, Test::StoreFiles::dataFile(u"store/herald_v1.sql"_s));
            return error.isEmpty() ? path : QString();
        };
        // How long a whole upgrade takes here, start-up included: kills land anywhere in it.
        QElapsedTimer whole;
        {
            QTemporaryDir dir;
            bool killed = false;
            whole.start();
            runAndKill({oldFile(dir), u"open"_s}, 60'000, &killed);
        }
        const int span = int(whole.elapsed() * 12 / 10) + 1;
        int kills = 0;
        int upgraded = 0;
        for (int i = 0; i < std::max(killCount() / 10, 10); ++i) {
            QTemporaryDir dir;
            const QString path = oldFile(dir);
            QVERIFY(!path.isEmpty());
            bool killed = false;
            const QStringList lines = runAndKill({path, u"open"_s}, int(random.bounded(span)), &killed);
            kills += killed ? 1 : 0;
            QCOMPARE(integrity(path), u"ok"_s);
            Test::TestDatabase reopened(path); // upgrades what the kill left, or finds it done
            const QSqlDatabase db = reopened.store().connection();
            QCOMPARE(Migrator::currentVersion(db), Migrator::latestVersion());
            // One row per version: a partial upgrade would have left some without their row.
            QSqlQuery versions(db);
            QVERIFY(versions.exec(u"SELECT COUNT(*) FROM schema_migrations"_s) && versions.next());
            QCOMPARE(versions.value(0).toInt(), Migrator::latestVersion());
            upgraded += lines.contains(u"open %1"_s.arg(Migrator::latestVersion())) ? 1 : 0;
        }
        std::printf("store-upgrade-crash-test: kills=%d finished=%d (an upgrade takes %d ms here)\n", kills,
                    upgraded, span * 10 / 12);
        std::fflush(stdout);
        QVERIFY(kills > 0);
    }

private:
    static bool stepPresent(const Store& store, qint64 draftId, const QString& step)
    {
        const auto draft = store.drafts().byId(draftId);
        if (!draft)
            return false;
        if (step == u"saved"_s)
            return true;
        if (step == u"submitted"_s)
            return draft->state != DraftState::Draft;
        if (step == u"approved"_s)
            return draft->state != DraftState::Draft && draft->state != DraftState::InReview;
        return !store.deliveries().forDraft(draftId).isEmpty(); // sent: the outbox rows
    }
};

QTEST_GUILESS_MAIN(StoreCrashTest)
#include "StoreCrashTest.moc"
