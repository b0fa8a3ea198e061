#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Herald {

// Unplanned incidents and scheduled maintenance follow different lifecycles.
// Security incidents follow the incident lifecycle; their updates need stricter approval.
enum class IncidentKind { Incident, Maintenance, Security };

enum class IncidentStatus {
    Investigating,
    Identified,
    Monitoring,
    Resolved,
    Scheduled,
    InProgress,
    Verifying,
    Completed,
};

QString incidentKindKey(IncidentKind kind);
std::optional<IncidentKind> incidentKindFromKey(QStringView key);
QString incidentKindLabel(IncidentKind kind);

QString incidentStatusKey(IncidentStatus status);
std::optional<IncidentStatus> incidentStatusFromKey(QStringView key);
QString incidentStatusLabel(IncidentStatus status);

// The lifecycle of each kind, in order; the first is where a new incident starts.
QList<IncidentStatus> statusesOf(IncidentKind kind);
bool isFinalStatus(IncidentStatus status);
// Moves the core accepts: any other status of the same kind, except that a finished
// incident can only be reopened (resolved -> investigating) and finished maintenance is final.
bool isAllowedStatusChange(IncidentKind kind, IncidentStatus from, IncidentStatus to);

} // namespace Herald
