#pragma once

#include "channels/ComposedUpdate.h"
#include "domain/Draft.h"
#include "domain/DraftContent.h"
#include "templating/TemplateProblem.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTimer;
class QTreeView;

namespace Herald {

class ChannelPreview;
class DeliveryPanel;
class IncidentHeader;
class ActingPerson;
class DraftActions;
class Session;
class DraftEditor;
class FindingModel;
class PreviewPane;

// Where an update is written, previewed per channel, reviewed and sent: the incident's header,
// the update's variables, the previews, and the workflow buttons for the person acting.
class WorkspaceWidget final : public QWidget {
    Q_OBJECT
public:
    WorkspaceWidget(Session& session, ActingPerson& acting, QWidget* parent = nullptr);

    void setIncident(qint64 incidentId);
    qint64 currentDraftId() const { return m_draftId; }
    qint64 currentIncidentId() const { return m_incidentId; }
    IncidentHeader* header() const { return m_header; }
    DraftEditor* editor() const { return m_editor; }
    DraftActions* actions() const { return m_actions; }
    void selectDraft(qint64 draftId);
    void showPreview(ChannelKind channel);

    // Actions, also reachable from menus and shortcuts.
    void newDraft();
    void save();

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    void reloadDrafts();
    void loadDraft();
    void updatePreviews();
    void showCurrentPreview();
    void updateButtons();
    // Runs a workflow step; a refusal is shown and reported in the status bar.
    bool attempt(const QString& what, const std::function<void()>& action);

    void actingPersonChanged();
    int saveContent(); // throws HeraldError

    Session& m_session;
    ActingPerson& m_acting;
    qint64 m_incidentId = 0;
    qint64 m_draftId = 0;
    qint64 m_editorDraftId = 0; // the draft whose content the editor holds
    Draft m_draft;
    ComposedUpdate m_update; // the latest rendering, shown preview by preview
    bool m_loading = false;

    IncidentHeader* m_header;
    QComboBox* m_draftCombo;
    QLabel* m_draftState;
    DraftEditor* m_editor;
    FindingModel* m_findings;
    QTreeView* m_findingView;
    QLabel* m_findingSummary;
    QLabel* m_problems;
    QLabel* m_recipients;
    PreviewPane* m_previewPane;
    QList<ChannelPreview*> m_previews;
    QPushButton* m_saveButton;
    DraftActions* m_actions;
    DeliveryPanel* m_deliveries;
    QTimer* m_previewTimer;
};

} // namespace Herald
