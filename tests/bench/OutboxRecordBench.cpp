// What the outbox's durable record costs on its own, without a network: N webhook deliveries
// (10,000 by default: 100 updates to 100 endpoints) through a running dispatcher on its own
// thread, whose webhook sender answers at once. Every claim, outcome and timeline event is
// committed as in the app (WAL; the commits synced by the outbox's flusher). The dispatcher's
// thread is then the only busy one, so its CPU time per delivery is the record's price, with
// far less noise than the end-to-end benchmark, where four threads share two cores.

#include "OutboxBatch.h"
#include "WorkflowFixture.h"
#include "channels/ChannelSender.h"
#include "delivery/DispatcherThread.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace Herald;

namespace {
class InstantSender final : public ChannelSender {
public:
    ChannelKind channel() const override { return ChannelKind::Webhook; }
    void send(const Delivery&, const SendContext&, Done done) override
    {
        SendOutcome outcome;
        outcome.kind = SendOutcome::Kind::Delivered;
        outcome.httpStatus = 200;
        done(outcome);
    }
};

double threadCpuSeconds(clockid_t clock)
{
    timespec time{};
    clock_gettime(clock, &time);
    return double(time.tv_sec) + double(time.tv_nsec) / 1e9;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const Bench::OutboxBatch batch = Bench::OutboxBatch::fromEnvironment();
    Test::WorkflowFixture f;
    f.disableEndpoints();
    for (int i = 0; i < batch.endpoints; ++i)
        f.store().endpoints().add(
            {0, ChannelKind::Webhook, u"Hook %1"_s.arg(i), u"https://hooks.example.com/%1"_s.arg(i), true});
    Dispatcher::Options options;
    options.maxInFlightPerChannel = 50; // as in the end-to-end benchmark
    DispatcherThread dispatcher(f.store().sharedDatabase(), f.clock(), f.notifier, options);
    dispatcher.dispatcher()->setSender(std::make_unique<InstantSender>());
    int idles = 0;
    QObject::connect(&dispatcher, &DispatcherThread::idle, &app, [&] { ++idles; });
    dispatcher.start();
    Bench::runUntil([&] { return idles > 0; }, 5, 600'000);

    const QList<qint64> drafts = batch.queue(f);
    // The dispatcher's thread CPU clock, read on that thread.
    clockid_t dispatcherClock{};
    QMetaObject::invokeMethod(
        dispatcher.dispatcher(), [&] { pthread_getcpuclockid(pthread_self(), &dispatcherClock); },
        Qt::BlockingQueuedConnection);
    const double cpuBefore = threadCpuSeconds(dispatcherClock);
    QElapsedTimer timer;
    timer.start();
    dispatcher.wake();
    Bench::runUntil([&] { return idles > 1; }, 5, 600'000);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double cpu = threadCpuSeconds(dispatcherClock) - cpuBefore;
    dispatcher.stop();

    const int delivered = Bench::OutboxBatch::delivered(f, drafts);
    std::printf("outbox-record-deliveries-per-second: %.1f (no network: the sender answers at once)\n",
                delivered / seconds);
    std::printf("outbox-record-cpu-us-per-delivery: %.1f (the dispatcher's thread)\n",
                delivered ? cpu * 1e6 / delivered : 0.0);
    return delivered == batch.count ? 0 : 1;
}
