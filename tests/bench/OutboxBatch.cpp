#include "OutboxBatch.h"

#include <QEventLoop>
#include <QTimer>

namespace Herald::Bench {

OutboxBatch OutboxBatch::fromEnvironment()
{
    const int wanted = qEnvironmentVariableIntValue("HERALD_BENCH_DELIVERIES");
    OutboxBatch batch;
    batch.count = wanted > 0 ? wanted : 10000;
    batch.endpoints = std::min(batch.count, 100);
    return batch;
}

QList<qint64> OutboxBatch::queue(Test::WorkflowFixture& f) const
{
    QList<qint64> drafts;
    for (int sent = 0; sent < count; sent += endpoints) {
        drafts << f.approvedDraft({ChannelKind::Webhook});
        f.drafts.send(drafts.last(), f.as(f.alex));
    }
    return drafts;
}

int OutboxBatch::delivered(Test::WorkflowFixture& f, const QList<qint64>& drafts)
{
    int delivered = 0;
    for (qint64 draft : drafts)
        for (const Delivery& d : f.store().deliveries().forDraft(draft))
            delivered += d.state == DeliveryState::Delivered;
    return delivered;
}

bool runUntil(const std::function<bool()>& done, int pollMs, int deadlineMs)
{
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    poll.start(pollMs);
    QTimer::singleShot(deadlineMs, &loop, &QEventLoop::quit);
    if (!done())
        loop.exec();
    return done();
}

} // namespace Herald::Bench
