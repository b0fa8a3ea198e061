#include "store/PersonRepository.h"

#include "store/Database.h"
#include "store/SqlQuery.h"

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
Person read(const SqlQuery& q)
{
    Person p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.email = q.value(2).toString();
    const QStringList keys = q.value(3).toString().split(u',', Qt::SkipEmptyParts);
    for (const QString& key : keys)
        if (auto role = roleFromKey(key))
            p.roles << *role;
    p.passphraseHash = q.value(4).toString();
    p.passphraseSetBy = q.value(5).toLongLong();
    p.login = q.value(6).toString();
    return p;
}

QString roleKeys(const Person& person)
{
    QStringList keys;
    for (Role role : person.roles)
        keys << roleKey(role);
    return keys.join(u',');
}

const QString columns = u"SELECT id, name, email, roles, passphrase, passphrase_set_by, login FROM people"_s;
} // namespace

QList<Person> PersonRepository::all() const
{
    SqlQuery q(m_db.connection(), columns + u" ORDER BY name"_s);
    q.exec();
    QList<Person> people;
    while (q.next())
        people << read(q);
    return people;
}

std::optional<Person> PersonRepository::byId(qint64 id) const
{
    SqlQuery q(m_db.connection(), columns + u" WHERE id = :id"_s);
    q.bind(u":id"_s, id).exec();
    if (!q.next())
        return std::nullopt;
    return read(q);
}

std::optional<Person> PersonRepository::byLogin(const QString& login) const
{
    SqlQuery q(m_db.connection(), columns + u" WHERE login = :l AND login <> ''"_s);
    q.bind(u":l"_s, login).exec();
    if (!q.next())
        return std::nullopt;
    return read(q);
}

qint64 PersonRepository::add(const Person& person) const
{
    SqlQuery q(m_db.connection(),
               u"INSERT INTO people (name, email, roles, passphrase, passphrase_set_by, login) "
               u"VALUES (:n, :e, :r, :p, :s, :l)"_s);
    q.bind(u":n"_s, person.name)
        .bind(u":e"_s, person.email)
        .bind(u":r"_s, roleKeys(person))
        .bind(u":p"_s, person.passphraseHash)
        .bind(u":s"_s, person.passphraseSetBy)
        .bind(u":l"_s, person.login)
        .exec();
    return q.lastInsertId();
}

void PersonRepository::update(const Person& person) const
{
    SqlQuery q(m_db.connection(),
               u"UPDATE people SET name = :n, email = :e, roles = :r, login = :l WHERE id = :id"_s);
    q.bind(u":n"_s, person.name)
        .bind(u":e"_s, person.email)
        .bind(u":r"_s, roleKeys(person))
        .bind(u":l"_s, person.login)
        .bind(u":id"_s, person.id)
        .exec();
}

void PersonRepository::setPassphrase(qint64 id, const QString& hash, qint64 setBy) const
{
    SqlQuery q(m_db.connection(),
               u"UPDATE people SET passphrase = :p, passphrase_set_by = :s WHERE id = :id"_s);
    q.bind(u":p"_s, hash).bind(u":s"_s, setBy).bind(u":id"_s, id).exec();
}

} // namespace Herald
