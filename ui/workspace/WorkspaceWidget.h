#pragma once

#include "domain/Draft.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTimer;

namespace Herald {

class ChannelPreview;
class DeliveryModel;
class Session;
class VariableForm;

// Where an update is written, previewed per channel, reviewed and sent: the incident's header,
// the update's variables, the previews, and the workflow buttons for the person acting.
class WorkspaceWidget final : public QWidget {
    Q_OBJECT
public:
    explicit WorkspaceWidget(Session& session, QWidget* parent = nullptr);

    void setIncident(qint64 incidentId);
    void setActor(qint64 personId);
    qint64 currentDraftId() const { return m_draftId; }
    void selectDraft(qint64 draftId);
    void showPreview(ChannelKind channel);

    // Actions, also reachable from menus and shortcuts.
    void newDraft();
    void save();
    void submit();
    void approve();
    void requestChanges();
    void send();
    void changeStatus();

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    void reloadDrafts();
    void loadDraft();
    void updatePreviews();
    void updateHeader();
    void updateButtons();
    template <typename F> bool attempt(const QString& what, F&& action);

    Session& m_session;
    qint64 m_incidentId = 0;
    qint64 m_actorId = 0;
    qint64 m_draftId = 0;
    Draft m_draft;
    bool m_loading = false;

    QLabel* m_title;
    QLabel* m_meta;
    QComboBox* m_statusCombo;
    QPushButton* m_statusButton;
    QComboBox* m_draftCombo;
    QLabel* m_draftState;
    VariableForm* m_form;
    QLabel* m_problems;
    QLabel* m_recipients;
    QTabWidget* m_previewTabs;
    QList<ChannelPreview*> m_previews;
    QPushButton* m_saveButton;
    QPushButton* m_submitButton;
    QPushButton* m_approveButton;
    QPushButton* m_changesButton;
    QPushButton* m_sendButton;
    DeliveryModel* m_deliveries;
    QTableView* m_deliveryView;
    QTimer* m_previewTimer;
};

} // namespace Herald
