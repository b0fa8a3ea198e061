#include "domain/ApprovalRule.h"

#include "base/HeraldError.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Herald {

bool ApprovalRule::matches(Audience updateAudience, IncidentKind incidentKind, Severity severity,
                           const QList<ChannelKind>& updateChannels) const
{
    if (audience && *audience != updateAudience)
        return false;
    if (kind && *kind != incidentKind)
        return false;
    // Sev1 is the most severe, so "at least Sev2" is a number no greater than 2.
    if (severityAtLeast && int(severity) > int(*severityAtLeast))
        return false;
    for (ChannelKind channel : updateChannels)
        if (!channels.isEmpty() && !channels.contains(channel))
            return false;
    return true;
}

QJsonObject ApprovalRule::toJson() const
{
    QJsonObject json{
        {u"name"_s, name}, {u"approvals"_s, approvals}, {u"needs_approver_role"_s, needsApproverRole}};
    if (audience)
        json.insert(u"audience"_s, audienceKey(*audience));
    if (kind)
        json.insert(u"kind"_s, incidentKindKey(*kind));
    if (severityAtLeast)
        json.insert(u"severity_at_least"_s, severityKey(*severityAtLeast));
    if (!channels.isEmpty()) {
        QJsonArray keys;
        for (ChannelKind channel : channels)
            keys << channelKey(channel);
        json.insert(u"channels"_s, keys);
    }
    return json;
}

namespace {
template <typename E, typename Parse>
std::optional<E> optionalKey(const QJsonObject& json, const QString& field, const QString& rule, Parse parse)
{
    if (!json.contains(field))
        return std::nullopt;
    const QString key = json.value(field).toString();
    if (const auto value = parse(key))
        return value;
    throw HeraldError(
        QCoreApplication::translate("ApprovalRule", "Approval rule \"%1\": \"%2\" is not a known %3.")
            .arg(rule, key, field));
}
} // namespace

ApprovalRule ApprovalRule::fromJson(const QJsonObject& json)
{
    ApprovalRule rule;
    rule.name = json.value(u"name"_s).toString();
    rule.audience = optionalKey<Audience>(json, u"audience"_s, rule.name, audienceFromKey);
    rule.kind = optionalKey<IncidentKind>(json, u"kind"_s, rule.name, incidentKindFromKey);
    rule.severityAtLeast = optionalKey<Severity>(json, u"severity_at_least"_s, rule.name, severityFromKey);
    for (const QJsonValue& key : json.value(u"channels"_s).toArray()) {
        const auto channel = channelFromKey(key.toString());
        if (!channel)
            throw HeraldError(
                QCoreApplication::translate("ApprovalRule", "Approval rule \"%1\": \"%2\" is not a channel.")
                    .arg(rule.name, key.toString()));
        rule.channels << *channel;
    }
    rule.approvals = json.value(u"approvals"_s).toInt(1);
    if (rule.approvals < 0 || rule.approvals > 5)
        throw HeraldError(
            QCoreApplication::translate("ApprovalRule", "Approval rule \"%1\": between 0 and 5 approvals.")
                .arg(rule.name));
    rule.needsApproverRole = json.value(u"needs_approver_role"_s).toBool();
    return rule;
}

} // namespace Herald
