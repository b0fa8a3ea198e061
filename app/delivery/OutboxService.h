#pragma once

#include <QCoreApplication>

namespace Herald {

class ChangeNotifier;
class Clock;
class Identity;
class Store;

// What a person does about a delivery that gave up: try it again now (same idempotency key,
// so a receiver that did get it can tell), or cancel it. Both are timeline events.
class OutboxService {
    Q_DECLARE_TR_FUNCTIONS(OutboxService)

public:
    OutboxService(const Store& store, const Clock& clock, ChangeNotifier* notifier = nullptr)
        : m_store(store)
        , m_clock(clock)
        , m_notifier(notifier)
    {
    }

    // Throw HeraldError when the row is not one that gave up (or, for cancel, is in flight or done).
    void retryNow(qint64 deliveryId, const Identity& actor) const;
    void cancel(qint64 deliveryId, const Identity& actor) const;

private:
    const Store& m_store;
    const Clock& m_clock;
    ChangeNotifier* m_notifier;
};

} // namespace Herald
