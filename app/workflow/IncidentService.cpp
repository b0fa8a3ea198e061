#include "workflow/IncidentService.h"

#include "base/Clock.h"
#include "base/HeraldError.h"
#include "domain/TimelineEventType.h"
#include "store/Store.h"
#include "store/Transaction.h"
#include "workflow/ChangeNotifier.h"
#include "workflow/TimelineRecorder.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Herald {

qint64 IncidentService::create(Incident incident, qint64 actorId) const
{
    if (incident.title.trimmed().isEmpty())
        throw HeraldError(tr("An incident needs a title."));
    incident.title = incident.title.trimmed();
    incident.createdAt = m_clock.now();
    if (!incident.startedAt.isValid())
        incident.startedAt = incident.createdAt;
    if (!statusesOf(incident.kind).contains(incident.status))
        incident.status = statusesOf(incident.kind).first();
    Transaction transaction(m_store.connection());
    const qint64 id = m_store.incidents().add(incident);
    TimelineRecorder(m_store, m_clock)
        .record(id, actorId, TimelineEventType::IncidentCreated,
                tr("Opened %1 \"%2\" (%3, %4)")
                    .arg(incidentKindLabel(incident.kind).toLower(), incident.title,
                         severityLabel(incident.severity), incidentStatusLabel(incident.status)),
                {{u"severity"_s, severityKey(incident.severity)},
                 {u"status"_s, incidentStatusKey(incident.status)},
                 {u"drill"_s, incident.drill}});
    transaction.commit();
    if (m_notifier) {
        Q_EMIT m_notifier->incidentsChanged(id);
        Q_EMIT m_notifier->timelineAppended(id);
    }
    return id;
}

void IncidentService::changeStatus(qint64 incidentId, IncidentStatus status, qint64 actorId) const
{
    Transaction transaction(m_store.connection());
    const auto incident = m_store.incidents().byId(incidentId);
    if (!incident)
        throw HeraldError(tr("Incident #%1 does not exist.").arg(incidentId));
    if (!isAllowedStatusChange(incident->kind, incident->status, status))
        throw HeraldError(tr("An incident cannot move from %1 to %2.")
                              .arg(incidentStatusLabel(incident->status), incidentStatusLabel(status)));
    const QDateTime resolvedAt = isFinalStatus(status) ? m_clock.now() : QDateTime();
    m_store.incidents().updateStatus(incidentId, status, resolvedAt);
    TimelineRecorder(m_store, m_clock)
        .record(incidentId, actorId, TimelineEventType::IncidentStatusChanged,
                tr("Status changed from %1 to %2")
                    .arg(incidentStatusLabel(incident->status), incidentStatusLabel(status)),
                {{u"from"_s, incidentStatusKey(incident->status)}, {u"to"_s, incidentStatusKey(status)}});
    transaction.commit();
    if (m_notifier) {
        Q_EMIT m_notifier->incidentsChanged(incidentId);
        Q_EMIT m_notifier->timelineAppended(incidentId);
    }
}

} // namespace Herald
