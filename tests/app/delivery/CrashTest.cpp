// The outbox survives kill -9: a batch of approved deliveries to a real HTTP receiver, sent by
// `herald-cli dispatch`, which is killed at random moments and restarted until the outbox is
// drained. Nothing may be lost, and after the receiver de-duplicates by idempotency key
// (webhook-id) nothing may arrive twice. Prints
// `crash-test: lost=N duplicates=N redeliveries=N kills=N`. HERALD_CRASH_DELIVERIES sets the
// batch (200 in ./dev test, 1,000 in ./dev bench).
#include "HttpReceiver.h"
#include "KillLoop.h"
#include "TestKeychain.h"
#include "WorkflowFixture.h"
#include "store/Store.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Herald;

class CrashTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void killedAndRestartedUntilDrained()
    {
        const int count = qEnvironmentVariableIntValue("HERALD_CRASH_DELIVERIES") > 0
                              ? qEnvironmentVariableIntValue("HERALD_CRASH_DELIVERIES")
                              : 200;
        Test::HttpReceiver receiver;
        Test::WorkflowFixture f;
        // The child dispatches by the real clock, so the rows must be due by it.
        f.clock().set(QDateTime::currentDateTimeUtc().addSecs(-3600));
        f.disableEndpoints();
        for (int i = 0; i < count; ++i)
            f.addWebhook(u"Hook %1"_s.arg(i), receiver.url(u"/hook/%1"_s.arg(i)).toString());
        const qint64 draft = f.approvedDraft({ChannelKind::Webhook});
        f.drafts.send(draft, f.as(f.alex));
        QCOMPARE(f.store().deliveries().forDraft(draft).size(), count);

        const Test::KillLoopResult loop = Test::killAndRestartUntilSent(f.store(), draft);
        QVERIFY2(loop.error.isEmpty(), qPrintable(loop.error));
        const int kills = loop.kills;
        const int runs = loop.runs - 1;
        QVERIFY2(kills >= 3, "the dispatcher finished before it could be killed enough times");

        QSet<QByteArray> keys;
        QHash<QString, QSet<QByteArray>> keysByPath;
        for (const auto& request : receiver.requests()) {
            keys.insert(request.headers.value("webhook-id"));
            keysByPath[request.path].insert(request.headers.value("webhook-id"));
        }
        int lost = 0;
        int delivered = 0;
        for (const Delivery& row : f.store().deliveries().forDraft(draft)) {
            lost += keys.contains(row.idempotencyKey.toUtf8()) ? 0 : 1;
            delivered += row.state == DeliveryState::Delivered ? 1 : 0;
        }
        int duplicates = 0; // one recipient reached under two different keys
        for (const QSet<QByteArray>& perPath : std::as_const(keysByPath))
            duplicates += int(perPath.size()) - 1;
        const int redeliveries = int(receiver.requests().size() - keys.size());
        std::printf("crash-test: lost=%d duplicates=%d redeliveries=%d kills=%d (deliveries=%d runs=%d)\n",
                    lost, duplicates, redeliveries, kills, count, runs + 1);
        std::fflush(stdout);
        QCOMPARE(lost, 0);
        QCOMPARE(duplicates, 0);
        QCOMPARE(delivered, count);
        QCOMPARE(int(keysByPath.size()), count);
    }
};

QTEST_GUILESS_MAIN(CrashTest)
#include "CrashTest.moc"
