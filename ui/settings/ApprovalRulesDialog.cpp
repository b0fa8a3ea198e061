#include "settings/ApprovalRulesDialog.h"

#include "common/ChoiceDelegate.h"
#include "common/Dialogs.h"
#include "identity/ActingPerson.h"
#include "models/ApprovalRulesModel.h"
#include "session/Session.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Herald {

ApprovalRulesDialog::ApprovalRulesDialog(Session& session, ActingPerson& acting, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_acting(acting)
    , m_model(new ApprovalRulesModel(this))
{
    setWindowTitle(tr("Approval Rules"));
    const auto me = session.store().people().byId(acting.personId());
    const bool admin = me && me->hasRole(Role::Administrator);
    m_model->setEditable(admin);

    m_table = new QTableView;
    m_table->setObjectName(u"rulesTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(ApprovalRulesModel::NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ApprovalRulesModel::ChannelsColumn,
                                                      QHeaderView::Stretch);
    for (int column : {int(ApprovalRulesModel::AudienceColumn), int(ApprovalRulesModel::KindColumn),
                       int(ApprovalRulesModel::SeverityColumn)}) {
        m_table->setItemDelegateForColumn(column,
                                          new ChoiceDelegate(ApprovalRulesModel::choices(column), this));
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    QStringList channelKeys;
    for (ChannelKind channel : allChannels())
        channelKeys << channelKey(channel);
    m_table->setToolTip(tr("Read top to bottom: the first rule that matches an update decides. "
                           "Channels are written as keys: %1.")
                            .arg(channelKeys.join(u", "_s)));

    const auto button = [this, admin](const QString& text, const QString& icon, auto slot) {
        auto* b = new QPushButton(QIcon::fromTheme(icon), text);
        b->setEnabled(admin);
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    const auto row = [this] {
        return m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1;
    };
    auto* add = button(tr("Add Rule"), u"list-add"_s, [this] { m_model->addRule(); });
    auto* remove = button(tr("Remove"), u"list-remove"_s, [this, row] { m_model->removeRule(row()); });
    auto* up = button(tr("Up"), u"go-up"_s, [this, row] { m_model->moveRule(row(), -1); });
    auto* down = button(tr("Down"), u"go-down"_s, [this, row] { m_model->moveRule(row(), +1); });
    auto* ruleButtons = new QHBoxLayout;
    for (QPushButton* b : {add, remove, up, down})
        ruleButtons->addWidget(b);
    ruleButtons->addStretch();

    auto* deadlines = new QGroupBox(tr("Reviews are due, after submission"));
    auto* dueForm = new QFormLayout(deadlines);
    for (Severity severity : {Severity::Sev1, Severity::Sev2, Severity::Sev3, Severity::Sev4}) {
        auto* spin = new QSpinBox;
        spin->setObjectName(u"due_"_s + severityKey(severity));
        spin->setRange(1, 24 * 60);
        spin->setSuffix(tr(" min"));
        spin->setEnabled(admin);
        dueForm->addRow(tr("%1:").arg(severityLabel(severity)), spin);
        m_due.append({severity, spin});
    }
    m_afterSend = new QSpinBox;
    m_afterSend->setRange(1, 14 * 24);
    m_afterSend->setSuffix(tr(" h"));
    m_afterSend->setEnabled(admin);
    dueForm->addRow(tr("After an emergency send:"), m_afterSend);

    auto* backupBox = new QGroupBox(tr("Backup approvers, in order"));
    auto* backupLayout = new QVBoxLayout(backupBox);
    m_backups = new QListWidget;
    m_backups->setObjectName(u"backupList"_s);
    m_backups->setEnabled(admin);
    backupLayout->addWidget(
        new QLabel(tr("An overdue review goes to the first of these who did not write it.")));
    backupLayout->addWidget(m_backups);

    m_note =
        new QLabel(admin ? tr("Whatever the rules say, an update for anyone outside the company needs one "
                              "approver who is not its author. Saving is recorded on the timeline.")
                         : tr("Only an administrator changes these rules."));
    m_note->setWordWrap(true);
    m_save = new QPushButton(QIcon::fromTheme(u"document-save"_s), tr("Save Rules"));
    m_save->setObjectName(u"saveRulesButton"_s);
    m_save->setEnabled(admin);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (save())
            accept();
    });
    auto* close = new QDialogButtonBox(QDialogButtonBox::Cancel);
    close->addButton(m_save, QDialogButtonBox::AcceptRole);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* lower = new QHBoxLayout;
    lower->addWidget(deadlines, 1);
    lower->addWidget(backupBox, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(ruleButtons);
    layout->addLayout(lower);
    layout->addWidget(m_note);
    layout->addWidget(close);
    resize(980, 620);
    load(session.policies().current());
}

void ApprovalRulesDialog::load(const ApprovalPolicy& policy)
{
    m_model->setRules(policy.rules);
    for (const auto& [severity, spin] : std::as_const(m_due))
        spin->setValue(policy.dueMinutes(severity));
    m_afterSend->setValue(policy.afterSendReviewHours);
    m_backups->clear();
    QList<Person> people = m_session.store().people().all();
    // Chosen backups first, in their order; then everyone else who may approve.
    std::stable_sort(people.begin(), people.end(), [&](const Person& a, const Person& b) {
        const auto rank = [&](qint64 id) {
            const qsizetype at = policy.backupApprovers.indexOf(id);
            return at < 0 ? qsizetype(1000) : at;
        };
        return rank(a.id) < rank(b.id);
    });
    for (const Person& person : std::as_const(people)) {
        if (!person.canApprove() && !policy.backupApprovers.contains(person.id))
            continue;
        auto* item = new QListWidgetItem(person.name, m_backups);
        item->setData(Qt::UserRole, person.id);
        item->setCheckState(policy.backupApprovers.contains(person.id) ? Qt::Checked : Qt::Unchecked);
    }
}

ApprovalPolicy ApprovalRulesDialog::policy() const
{
    ApprovalPolicy policy;
    policy.rules = m_model->rules();
    for (const auto& [severity, spin] : std::as_const(m_due))
        policy.reviewDueMinutes.insert(severity, spin->value());
    policy.afterSendReviewHours = m_afterSend->value();
    for (int i = 0; i < m_backups->count(); ++i)
        if (m_backups->item(i)->checkState() == Qt::Checked)
            policy.backupApprovers << m_backups->item(i)->data(Qt::UserRole).toLongLong();
    return policy;
}

bool ApprovalRulesDialog::save()
{
    const auto who = m_acting.confirm(this, tr("Save Rules"), tr("Change the approval rules for everyone."));
    return who &&
           !Dialogs::attempt(this, tr("Save Rules"), [&] { m_session.policies().change(policy(), *who); });
}

} // namespace Herald
