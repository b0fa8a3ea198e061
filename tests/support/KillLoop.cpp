#include "KillLoop.h"

#include "store/Store.h"

#include <QDateTime>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Herald::Test {

KillLoopResult killAndRestartUntilDrained(const QString& databasePath, const std::function<bool()>& drained)
{
    KillLoopResult result;
    QRandomGenerator random(quint32(QDateTime::currentMSecsSinceEpoch()));
    for (; result.runs < 200; ++result.runs) {
        QProcess child;
        child.start(QStringLiteral(HERALD_CLI),
                    {u"dispatch"_s, u"--database"_s, databasePath, u"--timeout"_s, u"5000"_s});
        if (!child.waitForStarted()) {
            result.error = u"herald-cli did not start"_s;
            return result;
        }
        const int killAfter = result.runs < 6 ? 20 + int(random.bounded(120)) : 30 + int(random.bounded(500));
        if (!QTest::qWaitFor([&] { return child.state() == QProcess::NotRunning; }, killAfter)) {
            child.kill(); // SIGKILL: no cleanup, no flush
            if (!QTest::qWaitFor([&] { return child.state() == QProcess::NotRunning; }, 5000)) {
                result.error = u"herald-cli outlived SIGKILL"_s;
                return result;
            }
            ++result.kills;
            continue;
        }
        if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
            result.error = QString::fromLocal8Bit(child.readAllStandardError());
            return result;
        }
        if (drained())
            break;
    }
    ++result.runs;
    return result;
}

KillLoopResult killAndRestartUntilSent(const Store& store, qint64 draftId)
{
    return killAndRestartUntilDrained(store.database().path(), [&] {
        const auto counts = store.deliveries().stateCounts(draftId);
        return counts.value(DeliveryState::Pending) == 0 && counts.value(DeliveryState::InFlight) == 0;
    });
}

} // namespace Herald::Test
