#include "KillLoop.h"

#include "store/Store.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTest>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace Herald::Test {

namespace {
struct Run {
    std::unique_ptr<QProcess> process;
    QDeadlineTimer killAt;
};
} // namespace

KillLoopResult killAndRestartUntilDrained(const QString& databasePath, const std::function<bool()>& drained,
                                          int processes)
{
    KillLoopResult result;
    QRandomGenerator random(quint32(QDateTime::currentMSecsSinceEpoch()));
    std::vector<Run> runs(processes);
    const auto stopAll = qScopeGuard([&] {
        for (Run& run : runs)
            if (run.process && run.process->state() != QProcess::NotRunning) {
                run.process->kill();
                run.process->waitForFinished(5000);
            }
    });
    bool draining = false; // drained once: runs still going may finish, no new ones start
    const auto startRun = [&](Run& run) {
        run.process = std::make_unique<QProcess>();
        run.process->start(QStringLiteral(HERALD_CLI),
                           {u"dispatch"_s, u"--database"_s, databasePath, u"--timeout"_s, u"5000"_s});
        if (!run.process->waitForStarted()) {
            result.error = u"herald-cli did not start"_s;
            return false;
        }
        // Early runs die young; later ones live longer and longer, so that on a loaded machine,
        // where starting up alone can take half a second, the batch still drains.
        const int early = result.runs < 6 * processes;
        run.killAt = QDeadlineTimer(early ? 20 + int(random.bounded(120))
                                          : 30 + int(random.bounded(500 + 20 * result.runs / processes)));
        ++result.runs;
        return true;
    };
    for (Run& run : runs)
        if (!startRun(run))
            return result;
    while (result.runs < 200 * processes) {
        QTest::qWait(5);
        bool running = false;
        for (Run& run : runs) {
            if (!run.process)
                continue;
            if (run.process->state() != QProcess::NotRunning) {
                if (!run.killAt.hasExpired() || draining) {
                    running = true;
                    continue;
                }
                run.process->kill(); // SIGKILL: no cleanup, no flush
                if (!run.process->waitForFinished(5000)) {
                    result.error = u"herald-cli outlived SIGKILL"_s;
                    return result;
                }
                ++result.kills;
            } else if (run.process->exitStatus() != QProcess::NormalExit || run.process->exitCode() != 0) {
                result.error = QString::fromLocal8Bit(run.process->readAllStandardError());
                return result;
            }
            run.process.reset();
            draining = draining || drained();
            if (!draining && !startRun(run))
                return result;
            running = running || bool(run.process);
        }
        if (!running && draining)
            return result;
    }
    result.error = u"the outbox was not drained after %1 runs"_s.arg(result.runs);
    return result;
}

KillLoopResult killAndRestartUntilSent(const Store& store, qint64 draftId, int processes)
{
    return killAndRestartUntilDrained(
        store.database().path(),
        [&] {
            const auto counts = store.deliveries().stateCounts(draftId);
            return counts.value(DeliveryState::Pending) == 0 && counts.value(DeliveryState::InFlight) == 0;
        },
        processes);
}

} // namespace Herald::Test
