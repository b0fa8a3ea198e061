#pragma once

#include <QObject>

namespace Herald {

// Tells models what changed after a change has committed, from whichever thread made it.
// Receivers on other threads get the signals queued.
class ChangeNotifier final : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

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
