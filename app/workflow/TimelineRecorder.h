#pragma once

#include "domain/TimelineEvent.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Herald {

class Clock;
class Store;

// Appends timeline events with the actor's current name and the clock's time. Call it inside
// the transaction of the change it records.
class TimelineRecorder {
public:
    TimelineRecorder(const Store& store, const Clock& clock) : m_store(store), m_clock(clock) {}
    void record(qint64 incidentId, qint64 actorId, const QString& type, const QString& summary,
                const QJsonObject& details = {}) const;
    // The event record() appends, not appended yet: for recordAll().
    TimelineEvent event(qint64 incidentId, qint64 actorId, const QString& type, const QString& summary,
                        const QJsonObject& details = {}) const;
    // Appends events made by event(), in order, with one read of the chain's head.
    void recordAll(QList<TimelineEvent>& events) const;
    QString actorName(qint64 actorId) const;

private:
    const Store& m_store;
    const Clock& m_clock;
    mutable QString m_heraldName; // asked of the translator once per recorder
};

} // namespace Herald
