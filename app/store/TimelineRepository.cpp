#include "store/TimelineRepository.h"

#include "store/Database.h"
#include "store/SqlQuery.h"
#include "store/SqlTime.h"
#include "store/Transaction.h"
#include "timeline/TimelineChain.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
// The last event appended on this thread, and in which transaction (0: outside one).
struct ChainEnd {
    quint64 transaction = 0;
    qint64 sequence = 0;
    QByteArray hash;
};
thread_local ChainEnd chainEnd;
} // namespace

void TimelineRepository::append(TimelineEvent& event) const
{
    append(event, TimelineChain::detailsJson(event));
}

void TimelineRepository::append(TimelineEvent& event, const QByteArray& details) const
{
    const QSqlDatabase db = m_db.connection();
    // The chain's end is read once per transaction: it holds the write lock, so nobody else
    // appends until it ends, and the outbox appends an event for every delivery of a round.
    const quint64 transaction = Transaction::current(db);
    if (transaction == 0 || chainEnd.transaction != transaction) {
        SqlQuery last(db, u"SELECT sequence, hash FROM timeline_events ORDER BY sequence DESC LIMIT 1"_s);
        last.exec();
        const bool any = last.next();
        chainEnd = {transaction, any ? last.value(0).toLongLong() : 0,
                    any ? last.value(1).toString().toLatin1() : QByteArray()};
    }
    event.sequence = chainEnd.sequence + 1;
    event.previousHash = chainEnd.hash;
    // Stored timestamps have millisecond precision; hash what will be read back.
    event.at = SqlTime::fromText(SqlTime::toText(event.at));
    event.hash = TimelineChain::hashOf(event.previousHash, event, details);
    SqlQuery(db,
             u"INSERT INTO timeline_events (sequence, incident_id, at, actor_id, actor_name, type, summary, "
             u"details, previous_hash, hash) VALUES (:s, :i, :at, :a, :an, :t, :su, :d, :p, :h)"_s)
        .bind(u":s"_s, event.sequence)
        .bind(u":i"_s, event.incidentId)
        .bind(u":at"_s, SqlTime::toText(event.at))
        .bind(u":a"_s, event.actorId)
        .bind(u":an"_s, event.actorName)
        .bind(u":t"_s, event.type)
        .bind(u":su"_s, event.summary)
        .bind(u":d"_s, QString::fromUtf8(details))
        .bind(u":p"_s, QString::fromLatin1(event.previousHash))
        .bind(u":h"_s, QString::fromLatin1(event.hash))
        .exec();
    chainEnd = {transaction, event.sequence, event.hash};
}

QList<TimelineEvent> TimelineRepository::events(qint64 incidentId, qint64 afterSequence) const
{
    SqlQuery q(
        m_db.connection(),
        u"SELECT sequence, incident_id, at, actor_id, actor_name, type, summary, details, previous_hash, "
        u"hash FROM timeline_events WHERE sequence > :after "_s +
            (incidentId ? u"AND incident_id = :i "_s : QString()) + u"ORDER BY sequence"_s);
    q.bind(u":after"_s, afterSequence);
    if (incidentId)
        q.bind(u":i"_s, incidentId);
    q.exec();
    QList<TimelineEvent> events;
    while (q.next()) {
        TimelineEvent e;
        e.sequence = q.value(0).toLongLong();
        e.incidentId = q.value(1).toLongLong();
        e.at = SqlTime::fromText(q.value(2).toString());
        e.actorId = q.value(3).toLongLong();
        e.actorName = q.value(4).toString();
        e.type = q.value(5).toString();
        e.summary = q.value(6).toString();
        e.details = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
        e.previousHash = q.value(8).toString().toLatin1();
        e.hash = q.value(9).toString().toLatin1();
        events << e;
    }
    return events;
}

qint64 TimelineRepository::count() const
{
    SqlQuery q(m_db.connection(), u"SELECT COUNT(*) FROM timeline_events"_s);
    q.exec();
    return q.next() ? q.value(0).toLongLong() : 0;
}

ChainHead TimelineRepository::head() const
{
    SqlQuery q(m_db.connection(),
               u"SELECT sequence, hash FROM timeline_events ORDER BY sequence DESC LIMIT 1"_s);
    q.exec();
    if (!q.next())
        return {};
    return {q.value(0).toLongLong(), q.value(1).toString().toLatin1()};
}

QByteArray TimelineRepository::hashAt(qint64 sequence) const
{
    SqlQuery q(m_db.connection(), u"SELECT hash FROM timeline_events WHERE sequence = :s"_s);
    q.bind(u":s"_s, sequence);
    q.exec();
    return q.next() ? q.value(0).toString().toLatin1() : QByteArray();
}

} // namespace Herald
