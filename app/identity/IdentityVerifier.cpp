#include "identity/IdentityVerifier.h"

#include "domain/Person.h"

namespace Herald {

Identity IdentityVerifier::issue(const Person& person, const QDateTime& at)
{
    return Identity(person.id, person.name, at);
}

} // namespace Herald
