// Outbox throughput against curl: N approved webhook deliveries (10,000 by default: 100 updates
// to 100 signed endpoints, each secret in a real keychain) sent by a running dispatcher (after
// one warm-up update, timed apart) on its own thread, as in the app, to a real HTTP server on
// loopback, every claim and outcome committed durably (WAL, synchronous=FULL) with its timeline
// event; then
// `curl --parallel --parallel-max 50` posts the same N payloads to the same server.
// Prints both rates and delivery-throughput-ratio-vs-curl (Herald's over curl's). In between,
// the same N requests go through Herald's sending path alone (sender, signature, network layer,
// 50 at a time, nothing recorded): the difference from the outbox's rate is the durable record.

#include "OutboxBatch.h"
#include "WorkflowFixture.h"
#include "channels/http/OutboxNetwork.h"
#include "channels/webhook/WebhookSender.h"
#include "delivery/DispatcherThread.h"
#include "signing/StandardWebhookSignature.h"
#include "support/HttpReceiver.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <sys/resource.h>
#include <unistd.h>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Herald;
using Herald::Bench::runUntil;

namespace {
double cpuSeconds(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    const auto seconds = [](const timeval& t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}
// CPU seconds by thread name, from /proc: where the time of the timed run went.
QMap<QString, double> cpuByThread()
{
    QMap<QString, double> seconds;
    const double tick = double(sysconf(_SC_CLK_TCK));
    for (const QString& task : QDir(u"/proc/self/task"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile stat(u"/proc/self/task/%1/stat"_s.arg(task));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        // pid (name) state ... utime stime are fields 14 and 15; the name may hold spaces.
        const qsizetype open = line.indexOf('('), close = line.lastIndexOf(')');
        const QList<QByteArray> fields = line.mid(close + 2).split(' ');
        if (open < 0 || close < 0 || fields.size() < 13)
            continue;
        seconds[QString::fromUtf8(line.mid(open + 1, close - open - 1))] +=
            (fields[11].toDouble() + fields[12].toDouble()) / tick;
    }
    return seconds;
}
// Sends `deliveries` as the outbox's sender does, `inFlight` at a time, from a thread of their
// own with the outbox's network layer, recording nothing; returns the seconds it took. `threads`
// gets the CPU time by thread at the end, before those threads end.
double sendWithoutRecord(const QList<Delivery>& deliveries, const Clock& clock, int inFlight,
                         QMap<QString, double>& threads)
{
    QThread thread;
    thread.setObjectName(u"bench-sender"_s);
    thread.start();
    QObject onThread;
    onThread.moveToThread(&thread);
    std::unique_ptr<OutboxNetwork> network;
    std::unique_ptr<WebhookSender> sender;
    SendContext context;
    context.secret = StandardWebhookSignature::generateSecret().toUtf8();
    qsizetype issued = 0;
    std::atomic<qsizetype> answered = 0;
    std::function<void()> issueNext = [&] {
        const Delivery& delivery = deliveries.at(issued++);
        sender->send(delivery, context, [&](const SendOutcome&) {
            ++answered;
            if (issued < deliveries.size())
                issueNext();
        });
    };
    QElapsedTimer timer;
    timer.start();
    QMetaObject::invokeMethod(&onThread, [&] {
        network = std::make_unique<OutboxNetwork>();
        sender = std::make_unique<WebhookSender>(*network, clock, 30'000);
        while (issued < std::min<qsizetype>(inFlight, deliveries.size()))
            issueNext();
    });
    runUntil([&] { return answered == deliveries.size(); }, 5, 600'000);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    threads = cpuByThread();
    QMetaObject::invokeMethod(
        &onThread, [&] { sender.reset(), network.reset(); }, Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();
    return seconds;
}
// "name=µs ..." for the threads that spent at least 1 µs per item between the two snapshots.
QString cpuPerItemByThread(const QMap<QString, double>& before, const QMap<QString, double>& after, int items)
{
    QStringList byThread;
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        if (const double us = (it.value() - before.value(it.key())) * 1e6 / std::max(items, 1); us >= 1)
            byThread << u"%1=%2"_s.arg(it.key()).arg(us, 0, 'f', 0);
    return byThread.join(u' ');
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const Bench::OutboxBatch batch = Bench::OutboxBatch::fromEnvironment();
    const int count = batch.count, endpoints = batch.endpoints;
    Test::HttpReceiver receiver;
    Test::WorkflowFixture f;
    f.disableEndpoints();
    for (int i = 0; i < endpoints; ++i)
        f.addWebhook(u"Hook %1"_s.arg(i), receiver.url(u"/hook/%1"_s.arg(i)).toString());
    Dispatcher::Options options;
    options.maxInFlightPerChannel = 50; // as curl's --parallel-max
    DispatcherThread dispatcher(f.store().sharedDatabase(), f.clock(), f.notifier, options);
    int idles = 0;
    QObject::connect(&dispatcher, &DispatcherThread::idle, &app, [&] { ++idles; });

    // Herald is running when an outage starts: a first update to every endpoint reads each
    // credential from the keychain (about 2 ms each) and opens the connections. Timed apart.
    const qint64 warmUpDraft = f.approvedDraft({ChannelKind::Webhook});
    f.drafts.send(warmUpDraft, f.as(f.alex));
    QElapsedTimer timer;
    timer.start();
    dispatcher.start();
    runUntil([&] { return idles > 0; }, 5, 600'000);
    const double warmUpMs = double(timer.nsecsElapsed()) / 1e6;
    const int warmUpRequests = int(receiver.requests().size());

    // Then the measured sends, queued while the outbox is idle and started with one wake, as
    // the workspace does after a send.
    const QList<qint64> drafts = batch.queue(f);
    const QByteArray payload = f.store().deliveries().forDraft(drafts.first()).first().payload;
    // The dispatcher says when nothing is left in flight or due; the clock stops there.
    const double heraldCpuBefore = cpuSeconds(RUSAGE_SELF);
    const QMap<QString, double> threadsBefore = cpuByThread();
    timer.restart();
    dispatcher.wake();
    runUntil([&] { return idles > 1; }, 5, 600'000);
    const double heraldSeconds = double(timer.nsecsElapsed()) / 1e9;
    const double heraldCpu = cpuSeconds(RUSAGE_SELF) - heraldCpuBefore;
    const QMap<QString, double> threadsAfter = cpuByThread();
    dispatcher.stop();
    bool drained = true;
    for (qint64 draft : std::as_const(drafts))
        drained = drained && f.store().drafts().byId(draft)->state == DraftState::Sent;
    const int delivered = Bench::OutboxBatch::delivered(f, drafts);
    const int heraldRequests = int(receiver.requests().size()) - warmUpRequests;

    QList<Delivery> deliveries;
    for (qint64 draft : std::as_const(drafts))
        deliveries += f.store().deliveries().forDraft(draft);
    const double unrecordedCpuBefore = cpuSeconds(RUSAGE_SELF);
    const QMap<QString, double> unrecordedBefore = cpuByThread();
    QMap<QString, double> unrecordedAfter;
    const double unrecordedSeconds =
        sendWithoutRecord(deliveries, f.clock(), options.maxInFlightPerChannel, unrecordedAfter);
    const double unrecordedCpu = cpuSeconds(RUSAGE_SELF) - unrecordedCpuBefore;
    const int unrecordedRequests = int(receiver.requests().size()) - warmUpRequests - heraldRequests;

    // The same payloads to the same server with curl, 50 at a time.
    QTemporaryDir dir;
    QFile body(dir.filePath(u"payload.json"_s));
    QFile config(dir.filePath(u"curl.conf"_s));
    if (!body.open(QIODevice::WriteOnly) || !config.open(QIODevice::WriteOnly))
        return 1;
    body.write(payload);
    body.close();
    for (int i = 0; i < count; ++i)
        config.write(u"url = \"%1\"\ndata-binary = \"@%2\"\nheader = \"Content-Type: application/json\"\n"
                     u"output = \"/dev/null\"\n%3"_s
                         .arg(receiver.url(u"/curl/%1"_s.arg(i)).toString(), body.fileName(),
                              // "next" only between transfers: after the last it starts an
                              // empty one, whose error makes curl abort all in flight.
                              i + 1 < count ? u"next\n"_s : QString())
                         .toUtf8());
    config.close();
    QProcess curl;
    const double receiverCpuBefore = cpuSeconds(RUSAGE_SELF);
    const double childrenCpuBefore = cpuSeconds(RUSAGE_CHILDREN);
    timer.restart();
    curl.start(u"curl"_s, {u"--silent"_s, u"--show-error"_s, u"--parallel"_s, u"--parallel-max"_s, u"50"_s,
                           u"--config"_s, config.fileName()});
    const bool curlDone = runUntil([&] { return curl.state() == QProcess::NotRunning; }, 5, 600'000);
    const double curlSeconds = double(timer.nsecsElapsed()) / 1e9;
    const double receiverCpu = cpuSeconds(RUSAGE_SELF) - receiverCpuBefore;
    const double curlCpu = cpuSeconds(RUSAGE_CHILDREN) - childrenCpuBefore;
    const int curlRequests =
        int(receiver.requests().size()) - warmUpRequests - heraldRequests - unrecordedRequests;
    if (curl.exitCode() != 0)
        std::fprintf(stderr, "curl failed: %s\n", curl.readAllStandardError().left(2000).constData());

    const double heraldRate = delivered / heraldSeconds;
    const double curlRate = curlRequests / curlSeconds;
    std::printf("outbox-warm-up-ms: %.1f (first update to %d endpoints, credentials read)\n", warmUpMs,
                endpoints);
    std::printf("outbox-deliveries: %d\n", delivered);
    std::printf("outbox-deliveries-per-second: %.1f\n", heraldRate);
    std::printf("curl-requests: %d\n", curlRequests);
    std::printf("curl-parallel-50-requests-per-second: %.1f\n", curlRate);
    // Where the two cores went: Herald's figure includes the receiver's share, as it runs in
    // this process; the curl run shows that share on its own.
    std::printf("outbox-cpu-us-per-delivery-with-receiver: %.1f\n",
                delivered ? heraldCpu * 1e6 / delivered : 0.0);
    std::printf("outbox-cpu-us-per-delivery-by-thread: %s\n",
                qPrintable(cpuPerItemByThread(threadsBefore, threadsAfter, delivered)));
    // The same requests through the sender and network layer alone: what the record costs.
    std::printf("sending-path-without-record-per-second: %.1f (same sender and network, nothing recorded)\n",
                unrecordedRequests / unrecordedSeconds);
    std::printf("sending-path-cpu-us-per-request-with-receiver: %.1f\n",
                unrecordedRequests ? unrecordedCpu * 1e6 / unrecordedRequests : 0.0);
    std::printf("sending-path-cpu-us-per-request-by-thread: %s\n",
                qPrintable(cpuPerItemByThread(unrecordedBefore, unrecordedAfter, unrecordedRequests)));
    std::printf("receiver-cpu-us-per-request: %.1f\n", curlRequests ? receiverCpu * 1e6 / curlRequests : 0.0);
    std::printf("curl-cpu-us-per-request: %.1f\n", curlRequests ? curlCpu * 1e6 / curlRequests : 0.0);
    std::printf("delivery-throughput-ratio-vs-curl: %.2f\n", curlRate > 0 ? heraldRate / curlRate : 0.0);
    const int expected = int(drafts.size()) * endpoints;
    return drained && curlDone && curl.exitCode() == 0 && delivered == expected && curlRequests == count &&
                   unrecordedRequests == count
               ? 0
               : 1;
}
