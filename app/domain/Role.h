#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Herald {

enum class Role { IncidentManager, CommunicationsManager, SupportLead, Approver, Administrator };

QString roleKey(Role role);
std::optional<Role> roleFromKey(QStringView key);
QString roleLabel(Role role);
QList<Role> allRoles();

} // namespace Herald
