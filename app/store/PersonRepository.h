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
    std::optional<Person> byLogin(const QString& login) const;
    qint64 add(const Person& person) const;
    // Name, email, roles and login; the passphrase only through setPassphrase.
    void update(const Person& person) const;
    void setPassphrase(qint64 id, const QString& hash, qint64 setBy) const;

private:
    const Database& m_db;
};

} // namespace Herald
