#include "workflow/TimelineRecorder.h"

#include "base/Clock.h"
#include "store/Store.h"

#include <QCoreApplication>

namespace Herald {

QString TimelineRecorder::actorName(qint64 actorId) const
{
    if (actorId == 0) {
        if (m_heraldName.isNull())
            m_heraldName = QCoreApplication::translate("TimelineRecorder", "Herald");
        return m_heraldName;
    }
    const auto person = m_store.people().byId(actorId);
    return person ? person->name : QCoreApplication::translate("TimelineRecorder", "Person #%1").arg(actorId);
}

TimelineEvent TimelineRecorder::event(qint64 incidentId, qint64 actorId, const QString& type,
                                      const QString& summary, const QJsonObject& details) const
{
    TimelineEvent event;
    event.incidentId = incidentId;
    event.at = m_clock.now();
    event.actorId = actorId;
    event.actorName = actorName(actorId);
    event.type = type;
    event.summary = summary;
    event.details = details;
    return event;
}

void TimelineRecorder::record(qint64 incidentId, qint64 actorId, const QString& type, const QString& summary,
                              const QJsonObject& details) const
{
    TimelineEvent appended = event(incidentId, actorId, type, summary, details);
    m_store.timeline().append(appended);
}

void TimelineRecorder::recordAll(QList<TimelineEvent>& events) const
{
    m_store.timeline().appendAll(events);
}

} // namespace Herald
