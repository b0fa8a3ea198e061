#pragma once

#include "domain/Audience.h"
#include "domain/ChannelKind.h"
#include "domain/IncidentStatus.h"
#include "domain/Severity.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Herald {

// One line of the approval policy: which updates it covers and what they need. An empty
// condition matches anything.
struct ApprovalRule {
    QString name;                            // what people call it, shown where it applied
    std::optional<Audience> audience;        // the template's audience
    std::optional<IncidentKind> kind;        // e.g. security incidents
    std::optional<Severity> severityAtLeast; // Sev2 covers Sev1 and Sev2
    QList<ChannelKind> channels;             // covers an update only if all its channels are listed
    int approvals = 1;                       // distinct approvers, none of them an author
    bool needsApproverRole = false;          // one of them holds the approver role (not only IM)

    bool matches(Audience updateAudience, IncidentKind incidentKind, Severity severity,
                 const QList<ChannelKind>& updateChannels) const;

    QJsonObject toJson() const;
    // Throws HeraldError naming the field that is wrong.
    static ApprovalRule fromJson(const QJsonObject& json);
    bool operator==(const ApprovalRule&) const = default;
};

} // namespace Herald
