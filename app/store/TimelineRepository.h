#pragma once

#include "domain/TimelineEvent.h"

#include <QList>

#include <utility>

namespace Herald {

class Database;

// The append-only timeline. append() must run inside a Transaction, so that the event and the
// change it records commit together, and the chain's order is the commit order.
class TimelineRepository {
public:
    explicit TimelineRepository(const Database& db) : m_db(db) {}
    // Fills in sequence, previousHash and hash.
    void append(TimelineEvent& event) const;
    // append() for each event in order, with one read of the chain's head and one statement per
    // 64 events: the chain is the one single appends would make.
    void appendAll(QList<TimelineEvent>& events) const;
    // Chain order. incidentId 0 means all events; afterSequence skips those already read.
    QList<TimelineEvent> events(qint64 incidentId = 0, qint64 afterSequence = 0) const;
    qint64 count() const;

private:
    // The last event's sequence and hash; 0 and empty when the timeline is empty.
    std::pair<qint64, QByteArray> head() const;
    // Fills in sequence, previousHash and hash after `previous`; returns its stored time.
    static QString chain(TimelineEvent& event, const std::pair<qint64, QByteArray>& previous);

    const Database& m_db;
};

} // namespace Herald
