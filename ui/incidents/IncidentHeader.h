#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace Herald {

class Session;

// The incident at the top of the workspace: title, severity, status, affected components, and
// the control to move it to its next status.
class IncidentHeader final : public QWidget {
    Q_OBJECT
public:
    explicit IncidentHeader(Session& session, QWidget* parent = nullptr);
    // Returns false when there is no such incident.
    bool setIncident(qint64 incidentId);
    void setActor(qint64 personId) { m_actorId = personId; }
    void changeStatus();

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    Session& m_session;
    qint64 m_incidentId = 0;
    qint64 m_actorId = 0;
    QLabel* m_title;
    QLabel* m_meta;
    QComboBox* m_statusCombo;
};

} // namespace Herald
