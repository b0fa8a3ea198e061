#pragma once

#include "domain/Role.h"
#include "identity/Identity.h"

#include <QString>

namespace Herald {
class Clock;
class Store;
} // namespace Herald

namespace Herald::Test {

// Every test person's passphrase.
inline const QString passphrase = QStringLiteral("test passphrase");

// Adds a person whose passphrase is Test::passphrase, set by themselves, hashed with few
// iterations because tests prove identities often.
qint64 addPerson(const Store& store, const QString& name, const QList<Role>& roles);
// Proves who the person is through the real PassphraseVerifier, at the clock's now.
Identity as(const Store& store, const Clock& clock, qint64 personId);

} // namespace Herald::Test
