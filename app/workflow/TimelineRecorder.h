#pragma once

#include "domain/TimelineEvent.h"

#include <QJsonObject>
#include <QString>

namespace Herald {

class CanonicalJson;
class Clock;
class Store;

// Appends timeline events with the actor's current name and the clock's time. Call it inside
// the transaction of the change it records.
class TimelineRecorder {
public:
    TimelineRecorder(const Store& store, const Clock& clock) : m_store(store), m_clock(clock) {}
    void record(qint64 incidentId, qint64 actorId, const QString& type, const QString& summary,
                const QJsonObject& details = {}) const;
    // Details written directly as JSON, for events recorded thousands of times (the outbox's).
    void record(qint64 incidentId, qint64 actorId, const QString& type, const QString& summary,
                const CanonicalJson& details) const;
    QString actorName(qint64 actorId) const;

private:
    TimelineEvent event(qint64 incidentId, qint64 actorId, const QString& type, const QString& summary) const;

    const Store& m_store;
    const Clock& m_clock;
};

} // namespace Herald
