#pragma once

#include "domain/TimelineEvent.h"
#include "timeline/ChainHead.h"

#include <QList>

namespace Herald {

class Database;

// The append-only timeline. append() must run inside a Transaction, so that the event and the
// change it records commit together, and the chain's order is the commit order.
class TimelineRepository {
public:
    explicit TimelineRepository(const Database& db) : m_db(db) {}
    // Fills in sequence, previousHash and hash.
    void append(TimelineEvent& event) const;
    // The same, with the details given as compact JSON with sorted keys (CanonicalJson) instead
    // of event.details: what the outbox writes for every attempt, without a QJsonObject.
    void append(TimelineEvent& event, const QByteArray& detailsJson) const;
    // Chain order. incidentId 0 means all events; afterSequence skips those already read.
    QList<TimelineEvent> events(qint64 incidentId = 0, qint64 afterSequence = 0) const;
    qint64 count() const;
    // The newest event's sequence and hash (empty when there is none): what witnesses keep.
    // Outside a transaction, the head as last committed.
    ChainHead head() const;
    // The stored hash of the event with this sequence; empty when there is none.
    QByteArray hashAt(qint64 sequence) const;

private:
    const Database& m_db;
};

} // namespace Herald
