#pragma once

#include <QObject>

namespace Herald {

// Tells models what changed after a change has committed, from whichever thread made it.
// Receivers on other threads get the signals queued.
class ChangeNotifier final : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    // A delivery's outcome was recorded: its rows, its draft's state and the timeline changed.
    void announceDelivery(qint64 draftId, qint64 incidentId)
    {
        Q_EMIT deliveriesChanged(draftId, incidentId);
        Q_EMIT draftChanged(draftId, incidentId);
        Q_EMIT timelineAppended(incidentId);
    }

Q_SIGNALS:
    void incidentsChanged(qint64 incidentId);
    void draftChanged(qint64 draftId, qint64 incidentId);
    void deliveriesChanged(qint64 draftId, qint64 incidentId);
    void timelineAppended(qint64 incidentId);
    void endpointsChanged();
    void templatesChanged();
    void reviewsChanged(); // escalations, beyond what draftChanged says
    void peopleChanged();
};

} // namespace Herald
