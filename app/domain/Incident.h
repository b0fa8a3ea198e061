#pragma once

#include "domain/ComponentImpact.h"
#include "domain/IncidentStatus.h"
#include "domain/Role.h"
#include "domain/Severity.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace Herald {

struct Incident {
    qint64 id = 0;
    QString title;
    IncidentKind kind = IncidentKind::Incident;
    Severity severity = Severity::Sev3;
    IncidentStatus status = IncidentStatus::Investigating;
    bool drill = false; // a rehearsal: never reaches a real audience
    QDateTime startedAt;
    QDateTime resolvedAt; // null while ongoing
    QDateTime createdAt;
    QList<AffectedComponent> components;
    // Per-incident roles (incident manager, communications manager, support lead) -> person id.
    QHash<Role, qint64> assignments;

    bool isOngoing() const { return !isFinalStatus(status); }
};

} // namespace Herald
