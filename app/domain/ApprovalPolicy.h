#pragma once

#include "domain/ApprovalRule.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

namespace Herald {

// What an update needs before it may be sent, and which rule said so.
struct ApprovalRequirement {
    int approvals = 1;
    bool needsApproverRole = false;
    QString ruleName;          // empty when no rule matched and the default applied
    bool floorApplied = false; // a rule asked for none, but an outside audience needs one
};

// The approval rules, review deadlines and backup approvers. Rules are read top to bottom and
// the first that matches decides. Whatever the rules say, an update for anyone outside the
// company needs at least one approver who is not an author: that floor is not configurable.
struct ApprovalPolicy {
    QList<ApprovalRule> rules;
    QHash<Severity, int> reviewDueMinutes; // after submission; then the review escalates
    int afterSendReviewHours = 24;         // for the review an emergency send creates
    QList<qint64> backupApprovers;         // in order; the first who did not write the draft

    ApprovalRequirement requirementFor(Audience audience, IncidentKind kind, Severity severity,
                                       const QList<ChannelKind>& channels) const;
    int dueMinutes(Severity severity) const { return reviewDueMinutes.value(severity, 30); }

    // The policy a new database starts with.
    static ApprovalPolicy defaults();
    QJsonObject toJson() const;
    // Throws HeraldError naming the field that is wrong.
    static ApprovalPolicy fromJson(const QJsonObject& json);
    bool operator==(const ApprovalPolicy&) const = default;
};

} // namespace Herald
