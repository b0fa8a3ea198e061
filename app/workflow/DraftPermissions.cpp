#include "workflow/DraftPermissions.h"

#include "base/HeraldError.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Herald {

QString draftActionKey(DraftAction action)
{
    switch (action) {
    case DraftAction::Edit:
        return u"edit"_s;
    case DraftAction::Submit:
        return u"submit"_s;
    case DraftAction::Approve:
        return u"approve"_s;
    case DraftAction::RequestChanges:
        return u"request_changes"_s;
    case DraftAction::Send:
        return u"send"_s;
    case DraftAction::EmergencySend:
        return u"emergency_send"_s;
    case DraftAction::Withdraw:
        return u"withdraw"_s;
    }
    return {};
}

QList<Role> DraftPermissions::rolesFor(DraftAction action)
{
    // README "Roles": the communications manager writes and sends (and may send before
    // review); the incident manager may do all of it and approve; an approver only reviews.
    // Support leads and administrators take no decision on an update.
    switch (action) {
    case DraftAction::Approve:
    case DraftAction::RequestChanges:
        return {Role::Approver, Role::IncidentManager};
    case DraftAction::Edit:
    case DraftAction::Submit:
    case DraftAction::Send:
    case DraftAction::EmergencySend:
    case DraftAction::Withdraw:
        return {Role::CommunicationsManager, Role::IncidentManager};
    }
    return {};
}

bool DraftPermissions::allows(const Person& person, DraftAction action)
{
    const QList<Role> roles = rolesFor(action);
    return std::ranges::any_of(roles, [&](Role role) { return person.hasRole(role); });
}

std::optional<QString> DraftPermissions::whyNot(const Person& person, DraftAction action)
{
    if (allows(person, action))
        return std::nullopt;
    QStringList labels;
    for (Role role : rolesFor(action))
        labels << roleLabel(role).toLower();
    QString what;
    switch (action) {
    case DraftAction::Edit:
        what = tr("write or edit updates");
        break;
    case DraftAction::Submit:
        what = tr("submit updates for review");
        break;
    case DraftAction::Approve:
        what = tr("approve updates");
        break;
    case DraftAction::RequestChanges:
        what = tr("ask for changes to updates");
        break;
    case DraftAction::Send:
        what = tr("send updates");
        break;
    case DraftAction::EmergencySend:
        what = tr("send before review");
        break;
    case DraftAction::Withdraw:
        what = tr("withdraw updates");
        break;
    }
    return tr("%1 cannot %2: that needs the %3 role.").arg(person.name, what, labels.join(tr(" or ")));
}

void DraftPermissions::require(const Person& person, DraftAction action)
{
    if (const auto why = whyNot(person, action))
        throw HeraldError(*why);
}

} // namespace Herald
