#include "workflow/TimelineRecorder.h"

#include "base/Clock.h"
#include "store/Store.h"
#include "timeline/CanonicalJson.h"

#include <QCoreApplication>

namespace Herald {

QString TimelineRecorder::actorName(qint64 actorId) const
{
    if (actorId == 0)
        return QCoreApplication::translate("TimelineRecorder", "Herald");
    const auto person = m_store.people().byId(actorId);
    return person ? person->name : QCoreApplication::translate("TimelineRecorder", "Person #%1").arg(actorId);
}

TimelineEvent TimelineRecorder::event(qint64 incidentId, qint64 actorId, const QString& type,
                                      const QString& summary) const
{
    TimelineEvent event;
    event.incidentId = incidentId;
    event.at = m_clock.now();
    event.actorId = actorId;
    event.actorName = actorName(actorId);
    event.type = type;
    event.summary = summary;
    return event;
}

void TimelineRecorder::record(qint64 incidentId, qint64 actorId, const QString& type, const QString& summary,
                              const QJsonObject& details) const
{
    TimelineEvent recorded = event(incidentId, actorId, type, summary);
    recorded.details = details;
    m_store.timeline().append(recorded);
}

void TimelineRecorder::record(qint64 incidentId, qint64 actorId, const QString& type, const QString& summary,
                              const CanonicalJson& details) const
{
    TimelineEvent recorded = event(incidentId, actorId, type, summary);
    m_store.timeline().append(recorded, details.text());
}

} // namespace Herald
