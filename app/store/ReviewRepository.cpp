#include "store/ReviewRepository.h"

#include "store/Database.h"
#include "store/SqlQuery.h"
#include "store/SqlTime.h"

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
QString kindKey(ReviewKind kind)
{
    return kind == ReviewKind::AfterSend ? u"after_send"_s : u"approval"_s;
}

QDateTime optionalTime(const QVariant& value)
{
    return value.isNull() ? QDateTime() : SqlTime::fromText(value.toString());
}

const QString columns = u"SELECT id, draft_id, kind, requested_by, requested_at, due_at, escalated_to, "
                        u"escalated_at, closed_at, closed_by, outcome FROM reviews"_s;

Review read(const SqlQuery& q)
{
    Review r;
    r.id = q.value(0).toLongLong();
    r.draftId = q.value(1).toLongLong();
    r.kind = q.value(2).toString() == u"after_send"_s ? ReviewKind::AfterSend : ReviewKind::Approval;
    r.requestedBy = q.value(3).toLongLong();
    r.requestedAt = SqlTime::fromText(q.value(4).toString());
    r.dueAt = SqlTime::fromText(q.value(5).toString());
    r.escalatedTo = q.value(6).toLongLong();
    r.escalatedAt = optionalTime(q.value(7));
    r.closedAt = optionalTime(q.value(8));
    r.closedBy = q.value(9).toLongLong();
    r.outcome = q.value(10).toString();
    return r;
}

QList<Review> readAll(SqlQuery& q)
{
    QList<Review> reviews;
    while (q.next())
        reviews << read(q);
    return reviews;
}
} // namespace

qint64 ReviewRepository::add(const Review& review) const
{
    SqlQuery q(m_db.connection(), u"INSERT INTO reviews (draft_id, kind, requested_by, requested_at, due_at) "
                                  u"VALUES (:d, :k, :b, :at, :due)"_s);
    q.bind(u":d"_s, review.draftId)
        .bind(u":k"_s, kindKey(review.kind))
        .bind(u":b"_s, review.requestedBy)
        .bind(u":at"_s, SqlTime::toText(review.requestedAt))
        .bind(u":due"_s, SqlTime::toText(review.dueAt))
        .exec();
    return q.lastInsertId();
}

std::optional<Review> ReviewRepository::byId(qint64 id) const
{
    SqlQuery q(m_db.connection(), columns + u" WHERE id = :id"_s);
    q.bind(u":id"_s, id).exec();
    if (!q.next())
        return std::nullopt;
    return read(q);
}

QList<Review> ReviewRepository::open() const
{
    SqlQuery q(m_db.connection(), columns + u" WHERE closed_at IS NULL ORDER BY due_at, id"_s);
    q.exec();
    return readAll(q);
}

std::optional<Review> ReviewRepository::openFor(qint64 draftId, ReviewKind kind) const
{
    SqlQuery q(m_db.connection(),
               columns +
                   u" WHERE draft_id = :d AND kind = :k AND closed_at IS NULL ORDER BY id DESC LIMIT 1"_s);
    q.bind(u":d"_s, draftId).bind(u":k"_s, kindKey(kind)).exec();
    if (!q.next())
        return std::nullopt;
    return read(q);
}

QList<Review> ReviewRepository::forDraft(qint64 draftId) const
{
    SqlQuery q(m_db.connection(), columns + u" WHERE draft_id = :d ORDER BY id"_s);
    q.bind(u":d"_s, draftId).exec();
    return readAll(q);
}

void ReviewRepository::escalate(qint64 id, qint64 to, const QDateTime& at) const
{
    SqlQuery q(m_db.connection(),
               u"UPDATE reviews SET escalated_to = :to, escalated_at = :at WHERE id = :id"_s);
    q.bind(u":to"_s, to).bind(u":at"_s, SqlTime::toText(at)).bind(u":id"_s, id).exec();
}

void ReviewRepository::close(qint64 id, qint64 by, const QDateTime& at, const QString& outcome) const
{
    SqlQuery q(m_db.connection(),
               u"UPDATE reviews SET closed_at = :at, closed_by = :by, outcome = :o WHERE id = :id"_s);
    q.bind(u":at"_s, SqlTime::toText(at)).bind(u":by"_s, by).bind(u":o"_s, outcome).bind(u":id"_s, id).exec();
}

} // namespace Herald
