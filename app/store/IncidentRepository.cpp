#include "store/IncidentRepository.h"

#include "store/Database.h"
#include "store/SqlQuery.h"
#include "store/SqlTime.h"

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
const QString columns =
    u"SELECT id, title, kind, severity, status, drill, started_at, resolved_at, created_at FROM incidents"_s;

Incident read(const SqlQuery& q)
{
    Incident i;
    i.id = q.value(0).toLongLong();
    i.title = q.value(1).toString();
    i.kind = incidentKindFromKey(q.value(2).toString()).value_or(IncidentKind::Incident);
    i.severity = severityFromKey(q.value(3).toString()).value_or(Severity::Sev3);
    i.status = incidentStatusFromKey(q.value(4).toString()).value_or(IncidentStatus::Investigating);
    i.drill = q.value(5).toInt() != 0;
    i.startedAt = SqlTime::fromText(q.value(6).toString());
    i.resolvedAt = SqlTime::fromText(q.value(7).toString());
    i.createdAt = SqlTime::fromText(q.value(8).toString());
    return i;
}
} // namespace

QList<Incident> IncidentRepository::all() const
{
    SqlQuery q(m_db.connection(),
               columns + u" ORDER BY CASE WHEN status IN ('resolved', 'completed') THEN 1 ELSE 0 END, "
                         u"started_at DESC"_s);
    q.exec();
    QList<Incident> incidents;
    while (q.next())
        incidents << read(q);
    for (Incident& incident : incidents)
        loadDetails(incident);
    return incidents;
}

std::optional<Incident> IncidentRepository::byId(qint64 id) const
{
    SqlQuery q(m_db.connection(), columns + u" WHERE id = :id"_s);
    q.bind(u":id"_s, id).exec();
    if (!q.next())
        return std::nullopt;
    Incident incident = read(q);
    loadDetails(incident);
    return incident;
}

void IncidentRepository::loadDetails(Incident& incident) const
{
    SqlQuery c(m_db.connection(),
               u"SELECT name, impact FROM incident_components WHERE incident_id = :id ORDER BY position"_s);
    c.bind(u":id"_s, incident.id).exec();
    while (c.next())
        incident.components << AffectedComponent{
            c.value(0).toString(),
            componentImpactFromKey(c.value(1).toString()).value_or(ComponentImpact::Operational)};
    SqlQuery r(m_db.connection(), u"SELECT role, person_id FROM incident_roles WHERE incident_id = :id"_s);
    r.bind(u":id"_s, incident.id).exec();
    while (r.next())
        if (auto role = roleFromKey(r.value(0).toString()))
            incident.assignments.insert(*role, r.value(1).toLongLong());
}

qint64 IncidentRepository::add(const Incident& incident) const
{
    const QSqlDatabase db = m_db.connection();
    SqlQuery q(db, u"INSERT INTO incidents (title, kind, severity, status, drill, started_at, resolved_at, "
                   u"created_at) VALUES (:t, :k, :s, :st, :d, :sa, :ra, :ca)"_s);
    q.bind(u":t"_s, incident.title)
        .bind(u":k"_s, incidentKindKey(incident.kind))
        .bind(u":s"_s, severityKey(incident.severity))
        .bind(u":st"_s, incidentStatusKey(incident.status))
        .bind(u":d"_s, incident.drill ? 1 : 0)
        .bind(u":sa"_s, SqlTime::toText(incident.startedAt))
        .bind(u":ra"_s,
              incident.resolvedAt.isValid() ? QVariant(SqlTime::toText(incident.resolvedAt)) : QVariant())
        .bind(u":ca"_s, SqlTime::toText(incident.createdAt))
        .exec();
    const qint64 id = q.lastInsertId();
    int position = 0;
    for (const AffectedComponent& component : incident.components)
        SqlQuery(db, u"INSERT INTO incident_components (incident_id, position, name, impact) "
                     u"VALUES (:i, :p, :n, :m)"_s)
            .bind(u":i"_s, id)
            .bind(u":p"_s, position++)
            .bind(u":n"_s, component.name)
            .bind(u":m"_s, componentImpactKey(component.impact))
            .exec();
    for (auto it = incident.assignments.cbegin(); it != incident.assignments.cend(); ++it)
        SqlQuery(db, u"INSERT INTO incident_roles (incident_id, role, person_id) VALUES (:i, :r, :p)"_s)
            .bind(u":i"_s, id)
            .bind(u":r"_s, roleKey(it.key()))
            .bind(u":p"_s, it.value())
            .exec();
    return id;
}

void IncidentRepository::updateStatus(qint64 id, IncidentStatus status, const QDateTime& resolvedAt) const
{
    SqlQuery(m_db.connection(), u"UPDATE incidents SET status = :s, resolved_at = :r WHERE id = :id"_s)
        .bind(u":s"_s, incidentStatusKey(status))
        .bind(u":r"_s, resolvedAt.isValid() ? QVariant(SqlTime::toText(resolvedAt)) : QVariant())
        .bind(u":id"_s, id)
        .exec();
}

} // namespace Herald
