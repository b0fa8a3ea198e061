#include "store/TimelineRepository.h"

#include "store/Database.h"
#include "store/SqlBatch.h"
#include "store/SqlQuery.h"
#include "store/SqlTime.h"
#include "timeline/TimelineChain.h"

#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Herald {

std::pair<qint64, QByteArray> TimelineRepository::head() const
{
    SqlQuery last(m_db.connection(),
                  u"SELECT sequence, hash FROM timeline_events ORDER BY sequence DESC LIMIT 1"_s);
    last.exec();
    if (!last.next())
        return {0, {}};
    return {last.value(0).toLongLong(), last.value(1).toString().toLatin1()};
}

QString TimelineRepository::chain(TimelineEvent& event, const std::pair<qint64, QByteArray>& previous)
{
    event.sequence = previous.first + 1;
    event.previousHash = event.sequence > 1 ? previous.second : QByteArray();
    // Stored timestamps have millisecond precision; hash what will be read back.
    const QString at = SqlTime::toText(event.at);
    event.at = SqlTime::fromText(at);
    event.hash = TimelineChain::hashOf(event.previousHash, event);
    return at;
}

void TimelineRepository::append(TimelineEvent& event) const
{
    const QString at = chain(event, head());
    SqlQuery(m_db.connection(),
             u"INSERT INTO timeline_events (sequence, incident_id, at, actor_id, actor_name, type, summary, "
             u"details, previous_hash, hash) VALUES (:s, :i, :at, :a, :an, :t, :su, :d, :p, :h)"_s)
        .bind(u":s"_s, event.sequence)
        .bind(u":i"_s, event.incidentId)
        .bind(u":at"_s, at)
        .bind(u":a"_s, event.actorId)
        .bind(u":an"_s, event.actorName)
        .bind(u":t"_s, event.type)
        .bind(u":su"_s, event.summary)
        .bind(u":d"_s, QString::fromUtf8(QJsonDocument(event.details).toJson(QJsonDocument::Compact)))
        .bind(u":p"_s, QString::fromLatin1(event.previousHash))
        .bind(u":h"_s, QString::fromLatin1(event.hash))
        .exec();
}

void TimelineRepository::appendAll(QList<TimelineEvent>& events) const
{
    if (events.isEmpty())
        return;
    constexpr int columns = 10;
    std::pair<qint64, QByteArray> previous = head();
    for (qsizetype start = 0; start < events.size();) {
        const qsizetype rows = SqlBatch::rowsFor(events.size() - start);
        const qsizetype real = std::min(rows, events.size() - start);
        // The casts type the values for PostgreSQL; rows without a sequence fill the statement.
        SqlQuery q(m_db.connection(),
                   u"WITH v(sequence, incident_id, at, actor_id, actor_name, type, summary, details, "
                   u"previous_hash, hash) AS (VALUES "_s +
                       SqlBatch::repeated(u"(CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS TEXT), "
                                          u"CAST(? AS BIGINT), CAST(? AS TEXT), CAST(? AS TEXT), "
                                          u"CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), "
                                          u"CAST(? AS TEXT))"_s,
                                          rows) +
                       u") INSERT INTO timeline_events (sequence, incident_id, at, actor_id, actor_name, "
                       u"type, summary, details, previous_hash, hash) SELECT sequence, incident_id, at, "
                       u"actor_id, actor_name, type, summary, details, previous_hash, hash FROM v "
                       u"WHERE sequence IS NOT NULL"_s);
        for (qsizetype row = 0; row < rows; ++row) {
            const int first = int(row) * columns;
            if (row >= real) {
                q.bind(first, QVariant(QMetaType::fromType<qint64>()));
                q.bind(first + 1, QVariant(QMetaType::fromType<qint64>()));
                q.bind(first + 2, QString());
                q.bind(first + 3, QVariant(QMetaType::fromType<qint64>()));
                for (int column = 4; column < columns; ++column)
                    q.bind(first + column, QString());
                continue;
            }
            TimelineEvent& event = events[start + row];
            const QString at = chain(event, previous);
            previous = {event.sequence, event.hash};
            q.bind(first, event.sequence)
                .bind(first + 1, event.incidentId)
                .bind(first + 2, at)
                .bind(first + 3, event.actorId)
                .bind(first + 4, event.actorName)
                .bind(first + 5, event.type)
                .bind(first + 6, event.summary)
                .bind(first + 7,
                      QString::fromUtf8(QJsonDocument(event.details).toJson(QJsonDocument::Compact)))
                .bind(first + 8, QString::fromLatin1(event.previousHash))
                .bind(first + 9, QString::fromLatin1(event.hash));
        }
        q.exec();
        start += real;
    }
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

} // namespace Herald
