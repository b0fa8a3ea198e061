#include "workflow/TimelineRecorder.h"

#include "base/Clock.h"
#include "store/Store.h"

#include <QCoreApplication>

namespace Herald {

QString TimelineRecorder::actorName(qint64 actorId) const
{
    if (actorId == 0)
        return QCoreApplication::translate("TimelineRecorder", "Herald");
    const auto person = m_store.people().byId(actorId);
    return person ? person->name : QCoreApplication::translate("TimelineRecorder", "Person #%1").arg(actorId);
}

void TimelineRecorder::record(qint64 incidentId, qint64 actorId, const QString& type, const QString& summary,
                              const QJsonObject& details) const
{
    TimelineEvent event;
    event.incidentId = incidentId;
    event.at = m_clock.now();
    event.actorId = actorId;
    event.actorName = actorName(actorId);
    event.type = type;
    event.summary = summary;
    event.details = details;
    m_store.timeline().append(event);
}

} // namespace Herald
