#pragma once

#include "WorkflowFixture.h"

#include <QList>

#include <functional>

namespace Herald::Bench {

// The batch both outbox benchmarks send: N deliveries (HERALD_BENCH_DELIVERIES, 10,000 by
// default) as updates to up to 100 webhook endpoints, each update approved and sent.
struct OutboxBatch {
    int count = 0;
    int endpoints = 0;

    static OutboxBatch fromEnvironment();
    // Queues the updates (while the outbox is idle, as the workspace does); their drafts.
    QList<qint64> queue(Test::WorkflowFixture& f) const;
    // How many rows of those drafts were delivered.
    static int delivered(Test::WorkflowFixture& f, const QList<qint64>& drafts);
};

// Runs the event loop until `done`, checked every `pollMs`, or the deadline. Not QTest::qWait:
// that sleeps 10 ms between bursts of events, and a receiver on this loop would answer in bursts.
bool runUntil(const std::function<bool()>& done, int pollMs, int deadlineMs);

} // namespace Herald::Bench
