#include "workflow/PeopleService.h"

#include "base/Clock.h"
#include "base/HeraldError.h"
#include "domain/TimelineEventType.h"
#include "identity/Identity.h"
#include "identity/PassphraseHash.h"
#include "store/Store.h"
#include "store/Transaction.h"
#include "workflow/ChangeNotifier.h"
#include "workflow/DecisionGuard.h"
#include "workflow/TimelineRecorder.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
QJsonArray roleKeys(const Person& person)
{
    QJsonArray keys;
    for (Role role : person.roles)
        keys << roleKey(role);
    return keys;
}

void requireName(const Person& person)
{
    if (person.name.trimmed().isEmpty())
        throw HeraldError(QCoreApplication::translate("PeopleService", "A person needs a name."));
}
} // namespace

QString PeopleService::hash(const QString& passphrase) const
{
    if (passphrase.size() < minimumLength)
        throw HeraldError(tr("A passphrase needs at least %1 characters.").arg(minimumLength));
    if (m_demo)
        return PassphraseHash::encodeDemo(passphrase, m_store.databaseId(), m_iterations);
    return m_iterations > 0 ? PassphraseHash::encode(passphrase, m_iterations)
                            : PassphraseHash::encode(passphrase);
}

PeopleService PeopleService::forDemo(const Store& store, const Clock& clock, int passphraseIterations)
{
    PeopleService people(store, clock, nullptr, passphraseIterations);
    people.m_demo = true;
    return people;
}

qint64 PeopleService::addFirstAdministrator(Person person, const QString& passphrase) const
{
    requireName(person);
    Transaction transaction(m_store.connection());
    if (!m_store.people().all().isEmpty())
        throw HeraldError(tr("This database already has people; an administrator adds new ones."));
    if (!person.hasRole(Role::Administrator))
        person.roles << Role::Administrator;
    person.passphraseHash = hash(passphrase);
    person.id = m_store.people().add(person);
    m_store.people().setPassphrase(person.id, person.passphraseHash, person.id);
    TimelineRecorder(m_store, m_clock)
        .record(0, person.id, TimelineEventType::PersonAdded,
                tr("%1 set up this database as its first administrator").arg(person.name),
                {{u"person"_s, person.id}, {u"roles"_s, roleKeys(person)}});
    transaction.commit();
    notify();
    return person.id;
}

qint64 PeopleService::add(Person person, const QString& passphrase, const Identity& admin) const
{
    requireName(person);
    Transaction transaction(m_store.connection());
    const Person by = DecisionGuard(m_store, m_clock).require(admin, Role::Administrator, tr("add people"));
    person.passphraseHash = hash(passphrase);
    person.passphraseSetBy = by.id;
    person.id = m_store.people().add(person);
    TimelineRecorder(m_store, m_clock)
        .record(0, by.id, TimelineEventType::PersonAdded, tr("Added %1").arg(person.name),
                {{u"person"_s, person.id}, {u"roles"_s, roleKeys(person)}});
    transaction.commit();
    notify();
    return person.id;
}

void PeopleService::update(const Person& person, const Identity& admin) const
{
    requireName(person);
    Transaction transaction(m_store.connection());
    const Person by =
        DecisionGuard(m_store, m_clock).require(admin, Role::Administrator, tr("change people"));
    const auto before = m_store.people().byId(person.id);
    if (!before)
        throw HeraldError(tr("Person #%1 does not exist.").arg(person.id));
    if (before->hasRole(Role::Administrator) && !person.hasRole(Role::Administrator)) {
        int admins = 0;
        for (const Person& p : m_store.people().all())
            admins += p.hasRole(Role::Administrator) ? 1 : 0;
        if (admins <= 1)
            throw HeraldError(
                tr("%1 is the only administrator: make someone else one first.").arg(before->name));
    }
    m_store.people().update(person);
    TimelineRecorder(m_store, m_clock)
        .record(0, by.id, TimelineEventType::PersonChanged, tr("Changed %1").arg(person.name),
                {{u"person"_s, person.id},
                 {u"name_before"_s, before->name},
                 {u"roles_before"_s, roleKeys(*before)},
                 {u"roles"_s, roleKeys(person)},
                 {u"login"_s, person.login}});
    transaction.commit();
    notify();
}

void PeopleService::setPassphrase(qint64 personId, const QString& passphrase, const Identity& actor) const
{
    Transaction transaction(m_store.connection());
    const Person by = DecisionGuard(m_store, m_clock).require(actor);
    const auto person = m_store.people().byId(personId);
    if (!person)
        throw HeraldError(tr("Person #%1 does not exist.").arg(personId));
    if (by.id != personId && !by.hasRole(Role::Administrator))
        throw HeraldError(tr("Only %1 or an administrator can set %1's passphrase.").arg(person->name));
    m_store.people().setPassphrase(personId, hash(passphrase), by.id);
    TimelineRecorder(m_store, m_clock)
        .record(0, by.id, TimelineEventType::PassphraseSet,
                by.id == personId ? tr("%1 changed their passphrase").arg(person->name)
                                  : tr("Reset %1's passphrase").arg(person->name),
                {{u"person"_s, personId}});
    transaction.commit();
    notify();
}

void PeopleService::notify() const
{
    if (!m_notifier)
        return;
    Q_EMIT m_notifier->peopleChanged();
    Q_EMIT m_notifier->timelineAppended(0);
}

} // namespace Herald
