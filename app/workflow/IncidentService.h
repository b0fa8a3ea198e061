#pragma once

#include "domain/Incident.h"

#include <QCoreApplication>

namespace Herald {

class ChangeNotifier;
class Clock;
class Store;

// Creating incidents and moving them through their lifecycle, each step on the timeline.
class IncidentService {
    Q_DECLARE_TR_FUNCTIONS(IncidentService)

public:
    IncidentService(const Store& store, const Clock& clock, ChangeNotifier* notifier = nullptr)
        : m_store(store)
        , m_clock(clock)
        , m_notifier(notifier)
    {
    }
    qint64 create(Incident incident, qint64 actorId) const;
    // Throws HeraldError for a move the lifecycle does not allow.
    void changeStatus(qint64 incidentId, IncidentStatus status, qint64 actorId) const;

private:
    const Store& m_store;
    const Clock& m_clock;
    ChangeNotifier* m_notifier;
};

} // namespace Herald
