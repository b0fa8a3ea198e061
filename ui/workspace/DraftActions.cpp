#include "workspace/DraftActions.h"

#include "common/Dialogs.h"
#include "identity/ActingPerson.h"
#include "session/Session.h"
#include "workflow/DraftPermissions.h"

#include <QHBoxLayout>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Herald {

DraftActions::DraftActions(Session& session, ActingPerson& acting, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_acting(acting)
{
    const auto button = [this](const QString& text, const QString& name, const QString& icon, auto slot) {
        auto* b = new QPushButton(QIcon::fromTheme(icon), text);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    m_withdraw = button(tr("Withdraw…"), u"withdrawButton"_s, u"edit-delete"_s, &DraftActions::withdraw);
    m_emergency = button(tr("Send Now, Review After…"), u"emergencyButton"_s, u"dialog-warning"_s,
                         &DraftActions::sendEmergency);
    m_tips.insert(m_emergency,
                  tr("Only when waiting for review would do more harm: needs a written reason, is "
                     "marked in red on the timeline, and opens a review after sending."));
    m_submit = button(tr("Submit for Review"), u"submitButton"_s, u"mail-forward"_s, &DraftActions::submit);
    m_changes = button(tr("Request Changes…"), u"requestChangesButton"_s, u"edit-undo"_s,
                       &DraftActions::requestChanges);
    m_approve = button(tr("Approve"), u"approveButton"_s, u"dialog-ok-apply"_s, &DraftActions::approve);
    m_send = button(tr("Send"), u"sendButton"_s, u"mail-send"_s, &DraftActions::send);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_withdraw);
    layout->addWidget(m_emergency);
    layout->addStretch();
    layout->addWidget(m_submit);
    layout->addWidget(m_changes);
    layout->addWidget(m_approve);
    layout->addWidget(m_send);
    connect(&m_acting, &ActingPerson::changed, this, &DraftActions::updateButtons);
    updateButtons();
}

void DraftActions::setDraft(const Draft& draft)
{
    m_draft = draft;
    updateButtons();
}

void DraftActions::updateButtons()
{
    // The core says what the signed-in person may do with this update now (role, state,
    // authorship); a disabled button's tooltip says why.
    std::optional<Person> person;
    if (m_draft.id != 0 && m_acting.isSignedIn())
        person = m_session.store().people().byId(m_acting.personId());
    const std::pair<QPushButton*, DraftAction> buttons[] = {
        {m_submit, DraftAction::Submit},           {m_changes, DraftAction::RequestChanges},
        {m_approve, DraftAction::Approve},         {m_send, DraftAction::Send},
        {m_emergency, DraftAction::EmergencySend}, {m_withdraw, DraftAction::Withdraw},
    };
    for (const auto& [button, action] : buttons) {
        const auto why = person ? m_session.drafts().whyCannot(m_draft, *person, action)
                                : std::optional<QString>(QString());
        button->setEnabled(!why);
        button->setToolTip(why.value_or(m_tips.value(button)));
    }
}

bool DraftActions::attempt(const QString& what, const std::function<void()>& action)
{
    const auto error = Dialogs::attempt(this, what, action);
    if (error)
        Q_EMIT statusMessage(*error);
    return !error;
}

void DraftActions::submit()
{
    if (m_saveFirst && !m_saveFirst())
        return;
    const auto who =
        m_acting.confirm(this, tr("Submit for Review"), tr("Submit update #%1 for review.").arg(m_draft.id));
    if (who && attempt(tr("Submit for Review"), [&] { m_session.drafts().submit(m_draft.id, *who); }))
        Q_EMIT statusMessage(tr("Submitted update #%1").arg(m_draft.id));
}

void DraftActions::approve()
{
    const auto who = m_acting.confirm(
        this, tr("Approve Update"),
        tr("Approve exactly this text of update #%1 for every channel and recipient shown. Any later edit "
           "voids the approval.")
            .arg(m_draft.id));
    if (who &&
        attempt(tr("Approve Update"), [&] { m_session.drafts().approve(m_draft.id, *who, QString()); }))
        Q_EMIT statusMessage(tr("Approved update #%1").arg(m_draft.id));
}

void DraftActions::requestChanges()
{
    const auto comment = Dialogs::askText(this, tr("Request Changes"), tr("What should change?"));
    if (!comment)
        return;
    const auto who = m_acting.confirm(this, tr("Request Changes"),
                                      tr("Send update #%1 back to its author.").arg(m_draft.id));
    if (who)
        attempt(tr("Request Changes"),
                [&] { m_session.drafts().requestChanges(m_draft.id, *who, *comment); });
}

void DraftActions::send()
{
    const auto who =
        m_acting.confirm(this, tr("Send Update"),
                         tr("Send approved update #%1 now to every recipient shown.").arg(m_draft.id));
    if (who && attempt(tr("Send Update"), [&] { m_session.send(m_draft.id, *who); }))
        Q_EMIT statusMessage(tr("Update #%1 queued for sending").arg(m_draft.id));
}

void DraftActions::sendEmergency()
{
    const auto reason = Dialogs::askText(
        this, tr("Send Now, Review After"),
        tr("Why can update #%1 not wait for review? The reason is recorded in red on the timeline, and an "
           "approver must review the update after it is sent.")
            .arg(m_draft.id));
    if (!reason)
        return;
    if (m_saveFirst && !m_saveFirst())
        return;
    const auto who = m_acting.confirm(this, tr("Send Now, Review After"),
                                      tr("Send update #%1 before review.").arg(m_draft.id));
    if (who &&
        attempt(tr("Send Now, Review After"), [&] { m_session.sendEmergency(m_draft.id, *who, *reason); }))
        Q_EMIT statusMessage(tr("Update #%1 sent before review; its review is now due").arg(m_draft.id));
}

void DraftActions::withdraw()
{
    const auto reason =
        Dialogs::askText(this, tr("Withdraw Update"), tr("Why is update #%1 withdrawn?").arg(m_draft.id));
    if (!reason)
        return;
    const auto who =
        m_acting.confirm(this, tr("Withdraw Update"), tr("Withdraw update #%1.").arg(m_draft.id));
    if (who)
        attempt(tr("Withdraw Update"), [&] { m_session.drafts().withdraw(m_draft.id, *who, *reason); });
}

} // namespace Herald
