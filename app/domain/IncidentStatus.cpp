#include "domain/IncidentStatus.h"

#include "base/EnumKeys.h"

namespace Herald {

namespace {
constexpr EnumKeys<IncidentKind, 3>
    kinds("IncidentKind",
          {{
              {IncidentKind::Incident, u"incident", QT_TRANSLATE_NOOP("IncidentKind", "Incident")},
              {IncidentKind::Maintenance, u"maintenance",
               QT_TRANSLATE_NOOP("IncidentKind", "Scheduled maintenance")},
              {IncidentKind::Security, u"security", QT_TRANSLATE_NOOP("IncidentKind", "Security incident")},
          }});

constexpr EnumKeys<IncidentStatus, 8> statuses(
    "IncidentStatus",
    {{
        {IncidentStatus::Investigating, u"investigating",
         QT_TRANSLATE_NOOP("IncidentStatus", "Investigating")},
        {IncidentStatus::Identified, u"identified", QT_TRANSLATE_NOOP("IncidentStatus", "Identified")},
        {IncidentStatus::Monitoring, u"monitoring", QT_TRANSLATE_NOOP("IncidentStatus", "Monitoring")},
        {IncidentStatus::Resolved, u"resolved", QT_TRANSLATE_NOOP("IncidentStatus", "Resolved")},
        {IncidentStatus::Scheduled, u"scheduled", QT_TRANSLATE_NOOP("IncidentStatus", "Scheduled")},
        {IncidentStatus::InProgress, u"in_progress", QT_TRANSLATE_NOOP("IncidentStatus", "In progress")},
        {IncidentStatus::Verifying, u"verifying", QT_TRANSLATE_NOOP("IncidentStatus", "Verifying")},
        {IncidentStatus::Completed, u"completed", QT_TRANSLATE_NOOP("IncidentStatus", "Completed")},
    }});
} // namespace

QString incidentKindKey(IncidentKind kind)
{
    return kinds.key(kind);
}
std::optional<IncidentKind> incidentKindFromKey(QStringView key)
{
    return kinds.fromKey(key);
}
QString incidentKindLabel(IncidentKind kind)
{
    return kinds.label(kind);
}
QString incidentStatusKey(IncidentStatus status)
{
    return statuses.key(status);
}
std::optional<IncidentStatus> incidentStatusFromKey(QStringView key)
{
    return statuses.fromKey(key);
}
QString incidentStatusLabel(IncidentStatus status)
{
    return statuses.label(status);
}

QList<IncidentStatus> statusesOf(IncidentKind kind)
{
    if (kind != IncidentKind::Maintenance)
        return {IncidentStatus::Investigating, IncidentStatus::Identified, IncidentStatus::Monitoring,
                IncidentStatus::Resolved};
    return {IncidentStatus::Scheduled, IncidentStatus::InProgress, IncidentStatus::Verifying,
            IncidentStatus::Completed};
}

bool isFinalStatus(IncidentStatus status)
{
    return status == IncidentStatus::Resolved || status == IncidentStatus::Completed;
}

bool isAllowedStatusChange(IncidentKind kind, IncidentStatus from, IncidentStatus to)
{
    const QList<IncidentStatus> lifecycle = statusesOf(kind);
    if (from == to || !lifecycle.contains(from) || !lifecycle.contains(to))
        return false;
    if (from == IncidentStatus::Resolved)
        return to == IncidentStatus::Investigating;
    return from != IncidentStatus::Completed;
}

} // namespace Herald
