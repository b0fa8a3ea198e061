#include "domain/Role.h"

#include "base/EnumKeys.h"

namespace Herald {

namespace {
constexpr EnumKeys<Role, 5>
    table("Role",
          {{
              {Role::IncidentManager, u"incident_manager", QT_TRANSLATE_NOOP("Role", "Incident manager")},
              {Role::CommunicationsManager, u"communications_manager",
               QT_TRANSLATE_NOOP("Role", "Communications manager")},
              {Role::SupportLead, u"support_lead", QT_TRANSLATE_NOOP("Role", "Support lead")},
              {Role::Approver, u"approver", QT_TRANSLATE_NOOP("Role", "Approver")},
              {Role::Administrator, u"administrator", QT_TRANSLATE_NOOP("Role", "Administrator")},
          }});
} // namespace

QString roleKey(Role role)
{
    return table.key(role);
}
std::optional<Role> roleFromKey(QStringView key)
{
    return table.fromKey(key);
}
QString roleLabel(Role role)
{
    return table.label(role);
}

QList<Role> allRoles()
{
    const auto values = table.values();
    return QList<Role>(values.begin(), values.end());
}

} // namespace Herald
