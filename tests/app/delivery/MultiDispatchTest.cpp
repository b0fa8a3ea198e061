// Several processes dispatching from one database (the GUI and a runbook's `herald-cli dispatch`
// do this in normal use): at most one of them sends a given row at a time, and a row left in
// flight is taken back only once the process that claimed it is gone. The last case kills three
// dispatchers at random and prints
// `crash-test-multi: lost=N duplicates=N redeliveries=N kills=N` (HERALD_CRASH_DELIVERIES sets
// the batch: 200 in ./dev test, 1,000 in ./dev bench).
#include "HttpReceiver.h"
#include "KillLoop.h"
#include "SlowReceiver.h"
#include "WorkflowFixture.h"
#include "domain/TimelineEventType.h"
#include "store/OutboxOwner.h"
#include "store/Store.h"

#include <QDir>
#include <QProcess>
#include <QSet>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Herald;

namespace {
std::unique_ptr<QProcess> startDispatch(const QString& database)
{
    auto process = std::make_unique<QProcess>();
    process->start(QStringLiteral(HERALD_CLI), {u"dispatch"_s, u"--database"_s, database});
    return process;
}

QList<TimelineEvent> deliveredEvents(const Store& store)
{
    QList<TimelineEvent> events = store.timeline().events();
    events.removeIf(
        [](const TimelineEvent& event) { return event.type != TimelineEventType::DeliveryDelivered; });
    return events;
}

bool finishes(QProcess& process, int ms = 30'000)
{
    return QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, ms);
}
} // namespace

class MultiDispatchTest : public QObject {
    Q_OBJECT

    // An approved update to `count` webhook endpoints at `url(i)`, queued; the rows are due by the
    // real clock, which the child processes use.
    qint64 queued(Test::WorkflowFixture& f, int count, const std::function<QString(int)>& url)
    {
        f.clock().set(QDateTime::currentDateTimeUtc().addSecs(-3600));
        f.disableEndpoints();
        for (int i = 0; i < count; ++i)
            f.addWebhook(u"Hook %1"_s.arg(i), url(i));
        const qint64 draft = f.approvedDraft({ChannelKind::Webhook});
        f.drafts.send(draft, f.as(f.alex));
        return draft;
    }

private Q_SLOTS:
    void aSecondDispatcherLeavesRowsInFlightToTheFirst()
    {
        // The receiver answers after 3 s; a second dispatch starts 1 s after the first.
        Test::SlowReceiver receiver(3000);
        Test::WorkflowFixture f;
        const qint64 draft =
            queued(f, 16, [&](int i) { return receiver.url(u"/hook/%1"_s.arg(i)).toString(); });
        const QString path = f.store().database().path();

        auto first = startDispatch(path);
        QVERIFY(QTest::qWaitFor([&] { return receiver.webhookIds().size() == 16; }, 10'000));
        QTest::qWait(1000);
        auto second = startDispatch(path);
        QVERIFY(finishes(*second));
        QVERIFY(finishes(*first));
        QCOMPARE(second->exitCode(), 0);
        QCOMPARE(first->exitCode(), 0);

        QCOMPARE(receiver.webhookIds().size(), 16);
        QCOMPARE(QSet<QByteArray>(receiver.webhookIds().cbegin(), receiver.webhookIds().cend()).size(), 16);
        for (const Delivery& row : f.store().deliveries().forDraft(draft)) {
            QCOMPARE(row.state, DeliveryState::Delivered);
            QCOMPARE(row.attempts, 1);
        }
        QCOMPARE(deliveredEvents(f.store()).size(), 16);
    }

    void rowsOfAKilledDispatcherAreResumedByTheNext()
    {
        Test::SlowReceiver receiver(2000);
        Test::WorkflowFixture f;
        const qint64 draft =
            queued(f, 8, [&](int i) { return receiver.url(u"/hook/%1"_s.arg(i)).toString(); });
        const QString path = f.store().database().path();

        auto first = startDispatch(path);
        QVERIFY(QTest::qWaitFor([&] { return receiver.webhookIds().size() == 8; }, 10'000));
        first->kill(); // before any answer: nothing recorded, every row left in flight
        QVERIFY(finishes(*first, 5000));
        for (const Delivery& row : f.store().deliveries().forDraft(draft))
            QCOMPARE(row.state, DeliveryState::InFlight);

        auto second = startDispatch(path);
        QVERIFY(finishes(*second));
        QCOMPARE(second->exitCode(), 0);
        // Each row went twice under its one key: the first outcome was never recorded.
        QCOMPARE(receiver.webhookIds().size(), 16);
        QCOMPARE(QSet<QByteArray>(receiver.webhookIds().cbegin(), receiver.webhookIds().cend()).size(), 8);
        for (const Delivery& row : f.store().deliveries().forDraft(draft)) {
            QCOMPARE(row.state, DeliveryState::Delivered);
            QCOMPARE(row.attempts, 2);
        }
        // The dead owner's lock file went with its rows; the second's went when it ended.
        QCOMPARE(QDir(OutboxOwner::folderOf(path)).entryList(QDir::Files), QStringList());
    }

    void threeDispatchersKilledAtRandom()
    {
        const int count = qEnvironmentVariableIntValue("HERALD_CRASH_DELIVERIES") > 0
                              ? qEnvironmentVariableIntValue("HERALD_CRASH_DELIVERIES")
                              : 200;
        Test::HttpReceiver receiver;
        Test::WorkflowFixture f;
        const qint64 draft =
            queued(f, count, [&](int i) { return receiver.url(u"/hook/%1"_s.arg(i)).toString(); });

        const Test::KillLoopResult loop = Test::killAndRestartUntilSent(f.store(), draft, 3);
        QVERIFY2(loop.error.isEmpty(), qPrintable(loop.error));
        QVERIFY2(loop.kills >= 3, "the dispatchers finished before they could be killed enough times");

        QHash<QByteArray, int> received;
        for (const auto& request : receiver.requests())
            ++received[request.headers.value("webhook-id")];
        // Recorded deliveries per row: with a receiver that always answers 200, a row whose
        // delivery was recorded must never be sent again.
        QHash<qint64, int> recorded;
        for (const TimelineEvent& event : deliveredEvents(f.store()))
            ++recorded[event.details.value(u"delivery"_s).toInteger()];
        int lost = 0;
        int duplicates = 0;
        int delivered = 0;
        for (const Delivery& row : f.store().deliveries().forDraft(draft)) {
            const int times = received.value(row.idempotencyKey.toUtf8());
            lost += times == 0 ? 1 : 0;
            // Sent while another process was sending it, or after its delivery was recorded.
            duplicates += std::max(0, recorded.value(row.id) - 1) + std::max(0, times - row.attempts);
            delivered += row.state == DeliveryState::Delivered ? 1 : 0;
        }
        const int redeliveries = int(receiver.requests().size()) - int(received.size());
        std::printf("crash-test-multi: lost=%d duplicates=%d redeliveries=%d kills=%d (deliveries=%d "
                    "processes=3 runs=%d)\n",
                    lost, duplicates, redeliveries, loop.kills, count, loop.runs);
        std::fflush(stdout);
        QCOMPARE(lost, 0);
        QCOMPARE(duplicates, 0);
        QCOMPARE(delivered, count);
        QCOMPARE(int(received.size()), count);
    }
};

QTEST_GUILESS_MAIN(MultiDispatchTest)
#include "MultiDispatchTest.moc"
