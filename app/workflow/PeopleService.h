#pragma once

#include "domain/Person.h"

#include <QCoreApplication>

namespace Herald {

class ChangeNotifier;
class Clock;
class Identity;
class Store;

// Adds and changes people, their roles and passphrases. Only an administrator adds people or
// changes roles; anyone may change their own passphrase. Every change is a timeline event
// (never the passphrase or its hash).
class PeopleService {
    Q_DECLARE_TR_FUNCTIONS(PeopleService)

public:
    PeopleService(const Store& store, const Clock& clock, ChangeNotifier* notifier = nullptr,
                  int passphraseIterations = 0)
        : m_store(store)
        , m_clock(clock)
        , m_notifier(notifier)
        , m_iterations(passphraseIterations)
    {
    }

    // For the demo seeder: fast hashes (few iterations), marked as the demo database's own
    // (PassphraseHash::encodeDemo) so that no other database accepts them.
    static PeopleService forDemo(const Store& store, const Clock& clock, int passphraseIterations);

    // A new database has nobody in it: its first person becomes the administrator, without an
    // administrator to vouch for them. Refused once anyone exists.
    qint64 addFirstAdministrator(Person person, const QString& passphrase) const;
    qint64 add(Person person, const QString& passphrase, const Identity& admin) const;
    // Name, email, roles, login. At least one administrator always remains.
    void update(const Person& person, const Identity& admin) const;
    // The person themselves, or an administrator resetting it.
    void setPassphrase(qint64 personId, const QString& passphrase, const Identity& actor) const;

    static constexpr int minimumLength = 8;

private:
    QString hash(const QString& passphrase) const;
    void notify() const;

    const Store& m_store;
    const Clock& m_clock;
    ChangeNotifier* m_notifier;
    bool m_demo = false;
    int m_iterations; // 0: PassphraseHash's default
};

} // namespace Herald
