#include "checks/MissingEssentials.h"

#include "checks/TimeExpression.h"

using namespace Qt::StringLiterals;

namespace Herald {

MissingEssentials::MissingEssentials(const CheckSettings& settings)
    : m_impact(settings.severity(u"missing-impact"_s))
    , m_action(settings.severity(u"missing-action"_s))
    , m_nextUpdate(settings.severity(u"missing-next-update"_s))
{
}

bool MissingEssentials::statesImpact(const QString& text)
{
    static const QRegularExpression impact(
        uR"(\b(?:affect(?:s|ed|ing)?|impact(?:s|ed)?|unavailable|available|cannot|can't|can ?not|unable|fail(?:s|ed|ing|ures?)?|errors?|declined?|delay(?:s|ed)?|slow(?:er|ly)?|down|outage|offline|disrupt(?:ed|ion)?|interrupt(?:ed|ion)?|not working|(?:is|are) working|working (?:again|normally)|problems? with|issues? with|missing|lost|restored|back to normal|timing out|time out|no impact|not affected|unaffected|will not be able|won't be able|maintenance)\b)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return impact.match(text).hasMatch();
}

bool MissingEssentials::statesAction(const QString& text)
{
    static const QRegularExpression action(
        uR"(\b(?:you can|you may|you could|you should|you need|you will need|you do not need|you don't need|no action|nothing (?:you need|to do)|please|retry|try again|what you can do|we recommend|we suggest|contact|reach out|avoid|check (?:your|the)|sign in|log in|use (?:the|our|a)|safe to)\b)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return action.match(text).hasMatch();
}

bool MissingEssentials::statesNextUpdate(const QString& text)
{
    // A time in a sentence that looks ahead; "Since 11:58 UTC, ..." is not a next update.
    static const QRegularExpression ahead(
        uR"(\b(?:updat\w*|we will|we'll|we expect|expected|check back|again|post|share|by|until|before|within)\b)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return !TimeExpression::timesInSentences(text, ahead, true).isEmpty();
}

QList<Finding> MissingEssentials::findIn(const QString& text, const QString& part,
                                         const CheckContext& context) const
{
    Q_UNUSED(part);
    QList<Finding> findings;
    const auto add = [&](const QString& rule, Finding::Severity severity, const QString& message) {
        findings << Finding{rule, severity, std::nullopt, part, 0, 0, message};
    };
    if (m_impact && !statesImpact(text))
        add(u"missing-impact"_s, *m_impact,
            tr("Say what customers notice: what fails or is slow, for whom, and what still works."));
    if (m_action && !statesAction(text))
        add(u"missing-action"_s, *m_action,
            tr("Say what customers can do now (a workaround, retrying later), or that they need to do "
               "nothing."));
    const bool finished = context.status && isFinalStatus(*context.status);
    if (m_nextUpdate && !finished && !statesNextUpdate(text))
        add(u"missing-next-update"_s, *m_nextUpdate,
            tr("Say when the next update comes, with a time and time zone (\"by 15:30 UTC\") or a "
               "period (\"within 30 minutes\")."));
    return findings;
}

QList<Finding> MissingEssentials::check(const CheckContext& context) const
{
    // The base body as customers read it in full (email, status page), else the longest text.
    const ChannelMessage* richest = context.update.message(ChannelKind::Email);
    if (!richest)
        richest = context.update.message(ChannelKind::StatusPage);
    if (!richest)
        for (const ChannelMessage& message : context.update.messages)
            if (!richest || message.text.size() > richest->text.size())
                richest = &message;
    if (!richest)
        return {};
    QList<Finding> findings = findIn(richest->title + u"\n"_s + richest->text, u"text"_s, context);
    for (Finding& finding : findings)
        finding.channel = richest->channel;
    return findings;
}

} // namespace Herald
