#pragma once

#include "domain/Delivery.h"

#include <QHash>
#include <QList>

#include <optional>

namespace Herald {

class Database;

// The outbox. Rows are added in the transaction that starts a send, claimed by the dispatcher
// before it touches the network, and updated with every outcome.
class DeliveryRepository {
public:
    // Where a row stands, without its payload: what deciding whether a send is over needs.
    struct Status {
        qint64 id = 0;
        DeliveryState state = DeliveryState::Pending;
        qint64 fallbackOf = 0;
    };

    explicit DeliveryRepository(const Database& db) : m_db(db) {}
    qint64 add(const Delivery& delivery) const;
    std::optional<Delivery> byId(qint64 id) const;
    // The row a person acts on; throws HeraldError when there is none.
    Delivery existing(qint64 id) const;
    QList<Delivery> forDraft(qint64 draftId) const;
    QList<Status> statusesOf(qint64 draftId) const;
    // How many of the draft's rows are in each state (draft 0: the whole outbox).
    QHash<DeliveryState, int> stateCounts(qint64 draftId) const;
    // The whole outbox's rows still going, waiting for a person or not delivered, by state:
    // read through the index, so it stays cheap however long the delivered history grows.
    QHash<DeliveryState, int> unfinishedCounts() const;
    // Pending rows whose time has come, oldest first: of one channel, or of all.
    QList<Delivery> due(const QDateTime& now, int limit, std::optional<ChannelKind> channel = {}) const;
    // When the next pending row (of one channel, or of all) is due; null when none is pending.
    QDateTime nextDueTime(std::optional<ChannelKind> channel = {}) const;
    // Marks a pending row in flight for `owner` (OutboxOwner::token; none: the next dispatcher
    // that starts takes it back) and counts the attempt; false if someone else took it.
    bool claim(qint64 id, const QDateTime& now, const QString& owner = {}) const;
    void recordOutcome(const Delivery& delivery) const;
    // Holds a pending row back until `until` (an endpoint's rate limit), without an attempt.
    void defer(qint64 id, const QDateTime& until) const;
    bool hasKey(const QString& idempotencyKey) const;
    // The provider's reference from the last delivered row of an incident to an endpoint (e.g. the
    // Statuspage incident an earlier update created); empty when none was delivered.
    QString lastReference(qint64 incidentId, qint64 endpointId) const;
    // A person's "retry now" on a row that gave up or failed: pending again, due now, same key.
    bool retryNow(qint64 id, const QDateTime& now) const;
    // A person's "cancel": the row will not be sent; false when it already went or is in flight.
    bool cancel(qint64 id, const QDateTime& now) const;
    // Rows that gave up, failed for good or wait for a person, newest first: shown until handled.
    QList<Delivery> needingAttention() const;
    // Rows left in flight by dispatchers that are gone (a crash, a kill) go back to pending, to be
    // resent with the same key; rows of running dispatchers, `self` among them, stay theirs.
    int resumeOrphans(const QDateTime& now, const QString& self) const;

private:
    QList<Delivery> select(const QString& whereAndOrder, const QVariantMap& binds) const;
    QHash<DeliveryState, int> counted(const QString& sql, const QVariantMap& binds) const;
    const Database& m_db;
};

} // namespace Herald
