#include "store/DeliveryRepository.h"

#include "base/HeraldError.h"
#include "store/Database.h"
#include "store/OutboxOwner.h"
#include "store/SqlQuery.h"
#include "store/SqlTime.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Herald {

QList<Delivery> DeliveryRepository::select(const QString& whereAndOrder, const QVariantMap& binds) const
{
    SqlQuery q(m_db.connection(),
               u"SELECT id, draft_id, incident_id, revision, endpoint_id, channel, target, idempotency_key, "
               u"payload, state, attempts, next_attempt_at, last_error, provider_reference, created_at, "
               u"updated_at, fallback_of FROM deliveries "_s +
                   whereAndOrder);
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        q.bind(it.key(), it.value());
    q.exec();
    QList<Delivery> rows;
    while (q.next()) {
        Delivery d;
        d.id = q.value(0).toLongLong();
        d.draftId = q.value(1).toLongLong();
        d.incidentId = q.value(2).toLongLong();
        d.revision = q.value(3).toInt();
        d.endpointId = q.value(4).toLongLong();
        d.channel = channelFromKey(q.value(5).toString()).value_or(ChannelKind::Webhook);
        d.target = q.value(6).toString();
        d.idempotencyKey = q.value(7).toString();
        d.payload = q.value(8).toString().toUtf8();
        d.state = deliveryStateFromKey(q.value(9).toString()).value_or(DeliveryState::Pending);
        d.attempts = q.value(10).toInt();
        d.nextAttemptAt = SqlTime::fromText(q.value(11).toString());
        d.lastError = q.value(12).toString();
        d.providerReference = q.value(13).toString();
        d.createdAt = SqlTime::fromText(q.value(14).toString());
        d.updatedAt = SqlTime::fromText(q.value(15).toString());
        d.fallbackOf = q.value(16).toLongLong();
        rows << d;
    }
    return rows;
}

qint64 DeliveryRepository::add(const Delivery& d) const
{
    SqlQuery q(m_db.connection(),
               u"INSERT INTO deliveries (draft_id, incident_id, revision, endpoint_id, channel, target, "
               u"idempotency_key, payload, state, attempts, next_attempt_at, created_at, updated_at, "
               u"fallback_of) VALUES (:d, :i, :r, :e, :c, :t, :k, :p, :s, 0, :n, :at, :at, :f)"_s);
    q.bind(u":d"_s, d.draftId)
        .bind(u":i"_s, d.incidentId)
        .bind(u":r"_s, d.revision)
        .bind(u":e"_s, d.endpointId)
        .bind(u":c"_s, channelKey(d.channel))
        .bind(u":t"_s, d.target)
        .bind(u":k"_s, d.idempotencyKey)
        .bind(u":p"_s, QString::fromUtf8(d.payload))
        .bind(u":s"_s, deliveryStateKey(d.state))
        .bind(u":n"_s, SqlTime::toText(d.nextAttemptAt))
        .bind(u":at"_s, SqlTime::toText(d.createdAt))
        .bind(u":f"_s, d.fallbackOf)
        .exec();
    return q.lastInsertId();
}

std::optional<Delivery> DeliveryRepository::byId(qint64 id) const
{
    const auto rows = select(u"WHERE id = :id"_s, {{u":id"_s, id}});
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

Delivery DeliveryRepository::existing(qint64 id) const
{
    const auto delivery = byId(id);
    if (!delivery)
        throw HeraldError(
            QCoreApplication::translate("DeliveryRepository", "Delivery #%1 does not exist.").arg(id));
    return *delivery;
}

QList<Delivery> DeliveryRepository::forDraft(qint64 draftId) const
{
    return select(u"WHERE draft_id = :d ORDER BY id"_s, {{u":d"_s, draftId}});
}

QList<DeliveryRepository::Status> DeliveryRepository::statusesOf(qint64 draftId) const
{
    SqlQuery q(m_db.connection(),
               u"SELECT id, state, fallback_of FROM deliveries WHERE draft_id = :d ORDER BY id"_s);
    q.bind(u":d"_s, draftId).exec();
    QList<Status> rows;
    while (q.next())
        rows.append({q.value(0).toLongLong(),
                     deliveryStateFromKey(q.value(1).toString()).value_or(DeliveryState::Pending),
                     q.value(2).toLongLong()});
    return rows;
}

QHash<DeliveryState, int> DeliveryRepository::stateCounts(qint64 draftId) const
{
    // Draft 0: the whole outbox.
    return counted(u"SELECT state, COUNT(*) FROM deliveries "_s +
                       (draftId ? u"WHERE draft_id = :d "_s : QString()) + u"GROUP BY state"_s,
                   draftId ? QVariantMap{{u":d"_s, draftId}} : QVariantMap{});
}

QHash<DeliveryState, int> DeliveryRepository::unfinishedCounts() const
{
    return counted(u"SELECT state, COUNT(*) FROM deliveries WHERE state IN ('pending', 'in_flight', "
                   u"'awaiting_person', 'dead_letter', 'failed') GROUP BY state"_s,
                   {});
}

QHash<DeliveryState, int> DeliveryRepository::counted(const QString& sql, const QVariantMap& binds) const
{
    SqlQuery q(m_db.connection(), sql);
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        q.bind(it.key(), it.value());
    q.exec();
    QHash<DeliveryState, int> counts;
    while (q.next())
        if (const auto state = deliveryStateFromKey(q.value(0).toString()))
            counts.insert(*state, q.value(1).toInt());
    return counts;
}

QList<Delivery> DeliveryRepository::due(const QDateTime& now, int limit,
                                        std::optional<ChannelKind> channel) const
{
    QVariantMap binds{{u":now"_s, SqlTime::toText(now)}, {u":limit"_s, limit}};
    if (channel)
        binds.insert(u":c"_s, channelKey(*channel));
    return select(u"WHERE state = 'pending' AND "_s + (channel ? u"channel = :c AND "_s : QString()) +
                      u"next_attempt_at <= :now ORDER BY next_attempt_at, id LIMIT :limit"_s,
                  binds);
}

QDateTime DeliveryRepository::nextDueTime(std::optional<ChannelKind> channel) const
{
    SqlQuery q(m_db.connection(), u"SELECT MIN(next_attempt_at) FROM deliveries WHERE state = 'pending'"_s +
                                      (channel ? u" AND channel = :c"_s : QString()));
    if (channel)
        q.bind(u":c"_s, channelKey(*channel));
    q.exec();
    return q.next() ? SqlTime::fromText(q.value(0).toString()) : QDateTime();
}

bool DeliveryRepository::claim(qint64 id, const QDateTime& now, const QString& owner) const
{
    SqlQuery q(m_db.connection(),
               u"UPDATE deliveries SET state = 'in_flight', attempts = attempts + 1, "
               u"claimed_by = :o, updated_at = :at WHERE id = :id AND state = 'pending'"_s);
    q.bind(u":at"_s, SqlTime::toText(now)).bind(u":o"_s, owner).bind(u":id"_s, id).exec();
    return q.rowsAffected() == 1;
}

void DeliveryRepository::recordOutcome(const Delivery& d) const
{
    SqlQuery(
        m_db.connection(),
        u"UPDATE deliveries SET state = :s, next_attempt_at = :n, last_error = :e, provider_reference = :p, "
        u"updated_at = :at WHERE id = :id"_s)
        .bind(u":s"_s, deliveryStateKey(d.state))
        .bind(u":n"_s, SqlTime::toText(d.nextAttemptAt))
        .bind(u":e"_s, d.lastError)
        .bind(u":p"_s, d.providerReference)
        .bind(u":at"_s, SqlTime::toText(d.updatedAt))
        .bind(u":id"_s, d.id)
        .exec();
}

void DeliveryRepository::defer(qint64 id, const QDateTime& until) const
{
    SqlQuery(m_db.connection(),
             u"UPDATE deliveries SET next_attempt_at = :n WHERE id = :id AND state = 'pending'"_s)
        .bind(u":n"_s, SqlTime::toText(until))
        .bind(u":id"_s, id)
        .exec();
}

bool DeliveryRepository::hasKey(const QString& idempotencyKey) const
{
    SqlQuery q(m_db.connection(), u"SELECT 1 FROM deliveries WHERE idempotency_key = :k"_s);
    q.bind(u":k"_s, idempotencyKey).exec();
    return q.next();
}

QString DeliveryRepository::lastReference(qint64 incidentId, qint64 endpointId) const
{
    SqlQuery q(
        m_db.connection(),
        u"SELECT provider_reference FROM deliveries WHERE incident_id = :i AND endpoint_id = :e "
        u"AND state = 'delivered' AND provider_reference <> '' ORDER BY updated_at DESC, id DESC LIMIT 1"_s);
    q.bind(u":i"_s, incidentId).bind(u":e"_s, endpointId).exec();
    return q.next() ? q.value(0).toString() : QString();
}

bool DeliveryRepository::retryNow(qint64 id, const QDateTime& now) const
{
    SqlQuery q(m_db.connection(),
               u"UPDATE deliveries SET state = 'pending', next_attempt_at = :at, updated_at = :at "
               u"WHERE id = :id AND state IN ('dead_letter', 'failed')"_s);
    q.bind(u":at"_s, SqlTime::toText(now)).bind(u":id"_s, id).exec();
    return q.rowsAffected() == 1;
}

bool DeliveryRepository::cancel(qint64 id, const QDateTime& now) const
{
    SqlQuery q(m_db.connection(),
               u"UPDATE deliveries SET state = 'cancelled', updated_at = :at "
               u"WHERE id = :id AND state IN ('pending', 'dead_letter', 'failed', 'awaiting_person')"_s);
    q.bind(u":at"_s, SqlTime::toText(now)).bind(u":id"_s, id).exec();
    return q.rowsAffected() == 1;
}

QList<Delivery> DeliveryRepository::needingAttention() const
{
    return select(
        u"WHERE state IN ('dead_letter', 'failed', 'awaiting_person') ORDER BY updated_at DESC, id"_s, {});
}

int DeliveryRepository::resumeOrphans(const QDateTime& now, const QString& self) const
{
    // Few rows are ever in flight (each running dispatcher's slots), so this reads little.
    SqlQuery owners(m_db.connection(),
                    u"SELECT DISTINCT coalesce(claimed_by, '') FROM deliveries WHERE state = 'in_flight'"_s);
    owners.exec();
    QStringList gone;
    while (owners.next())
        if (const QString owner = owners.value(0).toString();
            owner != self && !OutboxOwner::isAlive(m_db.path(), owner))
            gone << owner;
    int resumed = 0;
    for (const QString& owner : std::as_const(gone)) {
        SqlQuery q(m_db.connection(), u"UPDATE deliveries SET state = 'pending', claimed_by = NULL, "
                                      u"next_attempt_at = :at, updated_at = :at "
                                      u"WHERE state = 'in_flight' AND coalesce(claimed_by, '') = :o"_s);
        q.bind(u":at"_s, SqlTime::toText(now)).bind(u":o"_s, owner).exec();
        resumed += q.rowsAffected();
    }
    return resumed;
}

} // namespace Herald
