#include "identity/PassphraseVerifier.h"

#include "base/Clock.h"
#include "base/HeraldError.h"
#include "identity/PassphraseHash.h"
#include "store/Store.h"

namespace Herald {

Identity PassphraseVerifier::prove(qint64 personId, const QString& passphrase) const
{
    const auto person = m_store.people().byId(personId);
    if (!person)
        throw HeraldError(tr("Person #%1 does not exist.").arg(personId));
    if (person->passphraseHash.isEmpty())
        throw HeraldError(tr("%1 has no passphrase yet. An administrator sets one in Settings → People.")
                              .arg(person->name));
    // A fast demo hash proves nothing outside the demo database it was made for.
    if (const auto demo = PassphraseHash::demoDatabaseOf(person->passphraseHash);
        demo && *demo != m_store.databaseId())
        throw HeraldError(
            tr("%1's passphrase was stored with a fast hash made for the demo database, and this "
               "database is not that demo, so it is refused. An administrator sets a new "
               "passphrase in Settings → People.")
                .arg(person->name));
    const QDateTime now = m_clock.now();
    {
        QMutexLocker lock(&m_mutex);
        QList<QDateTime>& failures = m_failures[personId];
        failures.removeIf([&](const QDateTime& at) { return at.secsTo(now) >= 60; });
        if (failures.size() >= allowedFailures)
            throw HeraldError(
                tr("Too many wrong passphrases for %1. Try again in a minute.").arg(person->name));
    }
    if (!PassphraseHash::verify(passphrase, person->passphraseHash)) {
        QMutexLocker lock(&m_mutex);
        m_failures[personId] << now;
        throw HeraldError(tr("That is not %1's passphrase.").arg(person->name));
    }
    QMutexLocker lock(&m_mutex);
    m_failures.remove(personId);
    return issue(*person, now);
}

} // namespace Herald
