#include "channels/slack/SlackSender.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Herald {

SlackSender::SlackSender(OutboxNetwork& network, const Clock& clock, int timeoutMs)
    : ChatWebhookSender(network, clock, timeoutMs)
{
}

bool SlackSender::acceptsHost(const QString& host) const
{
    return host == u"hooks.slack.com"_s || host == u"hooks.slack-gov.com"_s;
}

QString SlackSender::serviceHosts() const
{
    return u"hooks.slack.com"_s;
}

void SlackSender::interpret(SendOutcome& outcome, const HttpAnswer& answer) const
{
    const QByteArray& body = answer.body;
    outcome.providerReference = HttpSend::headerReference(answer, "x-slack-req-id");
    if (outcome.kind == SendOutcome::Kind::Delivered || outcome.httpStatus == 0)
        return;
    // Slack's error codes, and what a person does about them.
    static const QHash<QString, const char*> hints{
        {u"invalid_payload"_s, QT_TR_NOOP("Slack could not read the message")},
        {u"no_service"_s, QT_TR_NOOP("the webhook was removed or disabled in Slack")},
        {u"no_team"_s, QT_TR_NOOP("the Slack workspace is gone")},
        {u"team_disabled"_s, QT_TR_NOOP("the Slack workspace is disabled")},
        {u"channel_not_found"_s, QT_TR_NOOP("the webhook's channel is gone")},
        {u"channel_is_archived"_s, QT_TR_NOOP("the webhook's channel is archived")},
        {u"action_prohibited"_s, QT_TR_NOOP("a Slack admin restricted posting to this channel")},
        {u"posting_to_general_channel_denied"_s, QT_TR_NOOP("only admins may post to this channel")},
    };
    const QString code = QString::fromUtf8(body).trimmed();
    HttpSend::addDetail(outcome, code);
    if (const char* hint = hints.value(code))
        outcome.message += u" ("_s + tr(hint) + u')';
}

} // namespace Herald
