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
    return p;
}

const QString columns = u"SELECT id, name, email, roles FROM people"_s;
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

qint64 PersonRepository::add(const Person& person) const
{
    QStringList keys;
    for (Role role : person.roles)
        keys << roleKey(role);
    SqlQuery q(m_db.connection(), u"INSERT INTO people (name, email, roles) VALUES (:n, :e, :r)"_s);
    q.bind(u":n"_s, person.name).bind(u":e"_s, person.email).bind(u":r"_s, keys.join(u',')).exec();
    return q.lastInsertId();
}

} // namespace Herald
