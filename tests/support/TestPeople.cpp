#include "TestPeople.h"

#include "identity/PassphraseHash.h"
#include "identity/PassphraseVerifier.h"
#include "store/Store.h"

namespace Herald::Test {

qint64 addPerson(const Store& store, const QString& name, const QList<Role>& roles)
{
    Person person = Person::named(name, QString(), roles);
    const qint64 id = store.people().add(person);
    store.people().setPassphrase(id, PassphraseHash::encode(passphrase, 100), id);
    return id;
}

Identity as(const Store& store, const Clock& clock, qint64 personId)
{
    return PassphraseVerifier(store, clock).prove(personId, passphrase);
}

} // namespace Herald::Test
