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

    bool hasRole(Role role) const { return roles.contains(role); }
};

} // namespace Herald
