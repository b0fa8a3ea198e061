#include "domain/ApprovalPolicy.h"

#include "base/HeraldError.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Herald {

ApprovalRequirement ApprovalPolicy::requirementFor(Audience audience, IncidentKind kind, Severity severity,
                                                   const QList<ChannelKind>& channels) const
{
    ApprovalRequirement requirement;
    for (const ApprovalRule& rule : rules)
        if (rule.matches(audience, kind, severity, channels)) {
            requirement = {rule.approvals, rule.needsApproverRole, rule.name, false};
            break;
        }
    if (audience != Audience::Internal && requirement.approvals < 1) {
        requirement.approvals = 1;
        requirement.floorApplied = true;
    }
    return requirement;
}

ApprovalPolicy ApprovalPolicy::defaults()
{
    ApprovalPolicy policy;
    const auto tr = [](const char* text) { return QCoreApplication::translate("ApprovalPolicy", text); };
    ApprovalRule security;
    security.name = tr("Security incidents: two approvers, one of them an approver");
    security.kind = IncidentKind::Security;
    security.approvals = 2;
    security.needsApproverRole = true;
    ApprovalRule internalChat;
    internalChat.name = tr("Internal chat: no review");
    internalChat.audience = Audience::Internal;
    internalChat.channels = {ChannelKind::Slack, ChannelKind::Teams, ChannelKind::Mattermost};
    internalChat.approvals = 0;
    ApprovalRule everything;
    everything.name = tr("Everything else: one approver");
    policy.rules = {security, internalChat, everything};
    policy.reviewDueMinutes = {
        {Severity::Sev1, 10}, {Severity::Sev2, 15}, {Severity::Sev3, 30}, {Severity::Sev4, 60}};
    return policy;
}

QJsonObject ApprovalPolicy::toJson() const
{
    QJsonArray ruleArray;
    for (const ApprovalRule& rule : rules)
        ruleArray << rule.toJson();
    QJsonObject due;
    for (Severity severity : {Severity::Sev1, Severity::Sev2, Severity::Sev3, Severity::Sev4})
        due.insert(severityKey(severity), dueMinutes(severity));
    QJsonArray backups;
    for (qint64 id : backupApprovers)
        backups << id;
    return {{u"rules"_s, ruleArray},
            {u"review_due_minutes"_s, due},
            {u"after_send_review_hours"_s, afterSendReviewHours},
            {u"backup_approvers"_s, backups}};
}

ApprovalPolicy ApprovalPolicy::fromJson(const QJsonObject& json)
{
    ApprovalPolicy policy;
    for (const QJsonValue& rule : json.value(u"rules"_s).toArray())
        policy.rules << ApprovalRule::fromJson(rule.toObject());
    const QJsonObject due = json.value(u"review_due_minutes"_s).toObject();
    for (auto it = due.begin(); it != due.end(); ++it) {
        const auto severity = severityFromKey(it.key());
        if (!severity)
            throw HeraldError(
                QCoreApplication::translate("ApprovalPolicy", "Review deadlines: \"%1\" is not a severity.")
                    .arg(it.key()));
        const int minutes = it.value().toInt();
        if (minutes < 1)
            throw HeraldError(QCoreApplication::translate("ApprovalPolicy",
                                                          "Review deadlines: %1 needs at least one minute.")
                                  .arg(severityLabel(*severity)));
        policy.reviewDueMinutes.insert(*severity, minutes);
    }
    policy.afterSendReviewHours = json.value(u"after_send_review_hours"_s).toInt(24);
    for (const QJsonValue& id : json.value(u"backup_approvers"_s).toArray())
        policy.backupApprovers << id.toInteger();
    return policy;
}

} // namespace Herald
