#pragma once

#include "domain/Person.h"

#include <QList>

#include <optional>

namespace Herald {

class Database;

class PersonRepository {
public:
    explicit PersonRepository(const Database& db) : m_db(db) {}
    QList<Person> all() const;
    std::optional<Person> byId(qint64 id) const;
    qint64 add(const Person& person) const;

private:
    const Database& m_db;
};

} // namespace Herald
