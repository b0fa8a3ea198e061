#pragma once

#include "domain/ApprovalPolicy.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableView;

namespace Herald {

class ActingPerson;
class ApprovalRulesModel;
class Session;

// Settings → Approval Rules: which updates need how many approvals, how long a review may take
// by severity, and who takes overdue reviews. Everyone can read the rules; saving needs the
// administrator role (the core checks it) and is recorded on the timeline with the whole policy.
class ApprovalRulesDialog final : public QDialog {
    Q_OBJECT
public:
    ApprovalRulesDialog(Session& session, ActingPerson& acting, QWidget* parent = nullptr);

    ApprovalRulesModel* model() const { return m_model; }
    ApprovalPolicy policy() const; // as edited
    bool save();

private:
    void load(const ApprovalPolicy& policy);

    Session& m_session;
    ActingPerson& m_acting;
    ApprovalRulesModel* m_model;
    QTableView* m_table;
    QList<std::pair<Severity, QSpinBox*>> m_due;
    QSpinBox* m_afterSend;
    QListWidget* m_backups;
    QLabel* m_note;
    QPushButton* m_save;
};

} // namespace Herald
