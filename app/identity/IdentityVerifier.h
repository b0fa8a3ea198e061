#pragma once

#include "identity/Identity.h"

#include <QString>

namespace Herald {

struct Person;

// Turns what a person knows (or who the database says they are) into an Identity. The local
// setup proves with a passphrase (PassphraseVerifier); a shared server can prove with the
// database login instead, by another subclass, and the workflow does not change.
class IdentityVerifier {
public:
    virtual ~IdentityVerifier() = default;
    // Throws HeraldError saying why the proof failed.
    virtual Identity prove(qint64 personId, const QString& secret) const = 0;
    // Whether front ends must ask for a passphrase before prove().
    virtual bool asksForPassphrase() const = 0;

protected:
    static Identity issue(const Person& person, const QDateTime& at);
};

} // namespace Herald
