#include "workflow/DecisionGuard.h"

#include "base/Clock.h"
#include "base/HeraldError.h"
#include "identity/Identity.h"
#include "store/Store.h"

namespace Herald {

Person DecisionGuard::require(const Identity& actor) const
{
    if (!actor.isFreshAt(m_clock.now()))
        throw HeraldError(tr("Confirm with your passphrase again: %1's last confirmation is more than two "
                             "minutes old.")
                              .arg(actor.name()));
    const auto person = m_store.people().byId(actor.personId());
    if (!person)
        throw HeraldError(tr("Person #%1 does not exist.").arg(actor.personId()));
    return *person;
}

Person DecisionGuard::require(const Identity& actor, Role role, const QString& what) const
{
    const Person person = require(actor);
    if (!person.hasRole(role))
        throw HeraldError(
            tr("%1 cannot %2: that needs the %3 role.").arg(person.name, what, roleLabel(role).toLower()));
    return person;
}

} // namespace Herald
