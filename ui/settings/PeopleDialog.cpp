#include "settings/PeopleDialog.h"

#include "base/HeraldError.h"
#include "common/Dialogs.h"
#include "identity/ActingPerson.h"
#include "models/PeopleModel.h"
#include "session/Session.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Herald {

PeopleDialog::PeopleDialog(Session& session, ActingPerson& acting, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_acting(acting)
    , m_model(new PeopleModel(session.store(), this))
{
    setWindowTitle(tr("People"));
    m_list = new QListView;
    m_list->setObjectName(u"peopleList"_s);
    m_list->setModel(m_model);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PeopleDialog::showSelected);
    connect(&session.notifier(), &ChangeNotifier::peopleChanged, this, [this] {
        const qint64 id = selectedId();
        m_model->reload();
        selectPerson(id);
    });

    m_name = new QLineEdit;
    m_name->setObjectName(u"personName"_s);
    m_email = new QLineEdit;
    m_email->setObjectName(u"personEmail"_s);
    m_login = new QLineEdit;
    m_login->setObjectName(u"personLogin"_s);
    m_login->setPlaceholderText(tr("Database login on a shared server (optional)"));
    auto* roleBox = new QVBoxLayout;
    for (Role role : allRoles()) {
        auto* check = new QCheckBox(roleLabel(role));
        check->setObjectName(u"role_"_s + roleKey(role));
        roleBox->addWidget(check);
        m_roles.append({role, check});
    }
    m_passphraseState = new QLabel;
    m_passphraseState->setObjectName(u"passphraseState"_s);
    m_passphraseState->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Email:"), m_email);
    form->addRow(tr("Login:"), m_login);
    form->addRow(tr("Roles:"), roleBox);
    form->addRow(tr("Passphrase:"), m_passphraseState);

    m_add = new QPushButton(QIcon::fromTheme(u"list-add-user"_s), tr("Add Person…"));
    m_add->setObjectName(u"addPersonButton"_s);
    m_save = new QPushButton(QIcon::fromTheme(u"document-save"_s), tr("Save Changes"));
    m_save->setObjectName(u"savePersonButton"_s);
    m_passphrase = new QPushButton(QIcon::fromTheme(u"dialog-password"_s), tr("Set Passphrase…"));
    m_passphrase->setObjectName(u"setPassphraseButton"_s);
    connect(m_add, &QPushButton::clicked, this, &PeopleDialog::addPerson);
    connect(m_save, &QPushButton::clicked, this, &PeopleDialog::saveChanges);
    connect(m_passphrase, &QPushButton::clicked, this, &PeopleDialog::setPassphrase);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch();
    buttons->addWidget(m_passphrase);
    buttons->addWidget(m_save);

    m_note = new QLabel;
    m_note->setObjectName(u"peopleNote"_s);
    m_note->setWordWrap(true);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::accept);

    auto* right = new QVBoxLayout;
    right->addLayout(form);
    right->addStretch();
    right->addWidget(m_note);
    auto* columns = new QHBoxLayout;
    columns->addWidget(m_list, 2);
    columns->addLayout(right, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addLayout(buttons);
    layout->addWidget(close);
    resize(720, 460);

    const auto person = session.store().people().byId(acting.personId());
    const bool admin = person && person->hasRole(Role::Administrator);
    m_add->setEnabled(admin);
    m_note->setText(
        admin ? tr("Every change here is recorded on the timeline. A passphrase you set for someone "
                   "else stops them approving your own updates until they choose their own.")
              : tr("Only an administrator adds people or changes roles. You can change your own "
                   "passphrase."));
    selectPerson(acting.personId());
}

qint64 PeopleDialog::selectedId() const
{
    return m_list->currentIndex().data(PeopleModel::PersonIdRole).toLongLong();
}

void PeopleDialog::selectPerson(qint64 personId)
{
    const int row = m_model->rowOf(personId);
    m_list->setCurrentIndex(m_model->index(row < 0 ? 0 : row, 0));
    showSelected();
}

void PeopleDialog::showSelected()
{
    const auto person = m_session.store().people().byId(selectedId());
    const auto me = m_session.store().people().byId(m_acting.personId());
    const bool admin = me && me->hasRole(Role::Administrator);
    const bool editable = person && admin;
    for (QLineEdit* edit : {m_name, m_email, m_login})
        edit->setReadOnly(!editable);
    for (const auto& [role, check] : std::as_const(m_roles)) {
        check->setChecked(person && person->hasRole(role));
        check->setEnabled(editable);
    }
    m_save->setEnabled(editable);
    m_passphrase->setEnabled(person && me && (admin || me->id == person->id));
    if (!person) {
        m_name->clear();
        m_email->clear();
        m_login->clear();
        m_passphraseState->clear();
        return;
    }
    m_name->setText(person->name);
    m_email->setText(person->email);
    m_login->setText(person->login);
    if (person->passphraseHash.isEmpty())
        m_passphraseState->setText(tr("Not set: %1 cannot sign in yet.").arg(person->name));
    else if (person->passphraseSetBy == person->id)
        m_passphraseState->setText(tr("Chosen by %1.").arg(person->name));
    else {
        const auto by = m_session.store().people().byId(person->passphraseSetBy);
        m_passphraseState->setText(tr("Set by %1; %2 should choose their own.")
                                       .arg(by ? by->name : tr("an administrator"), person->name));
    }
}

std::optional<QString> PeopleDialog::askNewPassphrase(const QString& whose)
{
    const auto first = Dialogs::askPassphrase(
        this, tr("New Passphrase"),
        tr("New passphrase for %1 (at least %2 characters):").arg(whose).arg(PeopleService::minimumLength));
    if (!first)
        return std::nullopt;
    const auto again = Dialogs::askPassphrase(this, tr("New Passphrase"), tr("The same passphrase again:"));
    if (!again)
        return std::nullopt;
    if (*first != *again) {
        Dialogs::showError(this, tr("New Passphrase"),
                           tr("The two passphrases differ; nothing was changed."));
        return std::nullopt;
    }
    return first;
}

void PeopleDialog::addPerson()
{
    const auto name = Dialogs::askText(this, tr("Add Person"), tr("Full name:"));
    if (!name || name->trimmed().isEmpty())
        return;
    const auto passphrase = askNewPassphrase(name->trimmed());
    if (!passphrase)
        return;
    const auto who = m_acting.confirm(this, tr("Add Person"), tr("Add %1.").arg(name->trimmed()));
    qint64 id = 0;
    if (who && !Dialogs::attempt(this, tr("Add Person"), [&] {
            id = m_session.people().add(Person::named(name->trimmed(), QString(), {}), *passphrase, *who);
        }))
        selectPerson(id);
}

void PeopleDialog::saveChanges()
{
    auto person = m_session.store().people().byId(selectedId());
    if (!person)
        return;
    person->name = m_name->text().trimmed();
    person->email = m_email->text().trimmed();
    person->login = m_login->text().trimmed();
    person->roles.clear();
    for (const auto& [role, check] : std::as_const(m_roles))
        if (check->isChecked())
            person->roles << role;
    const auto who =
        m_acting.confirm(this, tr("Save Changes"), tr("Change %1's details and roles.").arg(person->name));
    if (who)
        Dialogs::attempt(this, tr("Save Changes"), [&] { m_session.people().update(*person, *who); });
    showSelected();
}

void PeopleDialog::setPassphrase()
{
    const auto person = m_session.store().people().byId(selectedId());
    if (!person)
        return;
    const auto passphrase = askNewPassphrase(person->name);
    if (!passphrase)
        return;
    // The current passphrase confirms it: for your own, the old one; for a reset, the admin's.
    const auto who =
        m_acting.confirm(this, tr("Set Passphrase"), tr("Set a new passphrase for %1.").arg(person->name));
    if (who)
        Dialogs::attempt(this, tr("Set Passphrase"),
                         [&] { m_session.people().setPassphrase(person->id, *passphrase, *who); });
    showSelected();
}

} // namespace Herald
