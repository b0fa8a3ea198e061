#pragma once

#include <QCoreApplication>

namespace Herald {

class ChangeNotifier;
class Clock;
class Identity;
class Store;

// What a person does with a manual endpoint's row (a phone tree, a partner portal) once the
// dispatcher has parked it: copies the approved text, sends it by hand, then marks it done or
// failed. Each mark is recorded like a send, with the person as the actor on the timeline.
class ManualDeliveries {
    Q_DECLARE_TR_FUNCTIONS(ManualDeliveries)

public:
    ManualDeliveries(const Store& store, const Clock& clock, ChangeNotifier* notifier = nullptr)
        : m_store(store)
        , m_clock(clock)
        , m_notifier(notifier)
    {
    }

    // The approved text the person sends. Throws HeraldError when the row does not exist.
    QString textToCopy(qint64 deliveryId) const;
    // note: where it went ("read to the phone tree at 14:05", a partner ticket number).
    // Throw HeraldError unless the row is waiting for a person.
    void markDone(qint64 deliveryId, const Identity& actor, const QString& note) const;
    void markFailed(qint64 deliveryId, const Identity& actor, const QString& note) const;

private:
    void mark(qint64 deliveryId, const Identity& actor, const QString& note, bool done) const;

    const Store& m_store;
    const Clock& m_clock;
    ChangeNotifier* m_notifier;
};

} // namespace Herald
