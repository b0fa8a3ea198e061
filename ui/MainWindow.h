#pragma once

#include <QMainWindow>

class QComboBox;
class QLabel;
class QTimer;
class QTabWidget;
class QTreeView;

namespace Herald {

class ActingPerson;
class CopyDeskView;
class IncidentListModel;
class PeopleModel;
class ReviewQueueView;
class Session;
class TimelineView;
class WorkspaceWidget;

// Incidents on the left; the workspace and the timeline of the selected one on the right.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Session& session, const QString& databasePath, QWidget* parent = nullptr);

    void selectIncident(qint64 incidentId);
    // Signs the person in, asking their passphrase; false when wrong or cancelled.
    bool setActor(qint64 personId);
    qint64 actorId() const;
    ActingPerson* acting() const { return m_acting; }
    Session& session() const { return m_session; }
    WorkspaceWidget* workspace() const { return m_workspace; }
    TimelineView* timeline() const { return m_timeline; }
    ReviewQueueView* reviews() const { return m_reviews; }
    CopyDeskView* copyDesk() const { return m_copyDesk; }
    QTabWidget* tabs() const { return m_tabs; }
    void newIncident();
    void openChannelSettings();
    void openTemplates();
    void openPeople();
    void openApprovalRules();

    // The status bar's word on the whole outbox: what is still going, waiting or given up.
    void showOutboxState();

private:
    void createActions();
    void incidentSelected();
    void actorChosen(int row);

    Session& m_session;
    IncidentListModel* m_incidents;
    PeopleModel* m_people;
    ActingPerson* m_acting;
    QTreeView* m_incidentView;
    QComboBox* m_actor;
    QTabWidget* m_tabs;
    WorkspaceWidget* m_workspace;
    TimelineView* m_timeline;
    ReviewQueueView* m_reviews;
    CopyDeskView* m_copyDesk;
    QLabel* m_outboxLabel;
    QTimer* m_outboxRefresh; // a busy send changes rows many times a second: count at most thrice
};

} // namespace Herald
