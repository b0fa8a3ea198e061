#pragma once

#include "domain/Role.h"

#include <QList>
#include <QString>

namespace Herald {

struct Person {
    qint64 id = 0;
    QString name;
    QString email;
    QList<Role> roles;
    QString passphraseHash{};   // PassphraseHash::encode output; empty until one is set
    qint64 passphraseSetBy = 0; // who set it: themselves, or the administrator who reset it
    QString login{};            // the database role that is this person on a shared server

    static Person named(const QString& name, const QString& email, const QList<Role>& roles)
    {
        Person person;
        person.name = name;
        person.email = email;
        person.roles = roles;
        return person;
    }

    bool hasRole(Role role) const { return roles.contains(role); }
    // May approve updates: the approver or incident manager role.
    bool canApprove() const { return hasRole(Role::Approver) || hasRole(Role::IncidentManager); }
};

} // namespace Herald
