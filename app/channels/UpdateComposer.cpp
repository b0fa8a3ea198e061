#include "channels/UpdateComposer.h"

#include "channels/bluesky/BlueskyComposer.h"
#include "channels/email/EmailComposer.h"
#include "channels/inapp/InAppComposer.h"
#include "channels/mastodon/MastodonComposer.h"
#include "channels/mattermost/MattermostComposer.h"
#include "channels/push/PushComposer.h"
#include "channels/slack/SlackComposer.h"
#include "channels/sms/SmsComposer.h"
#include "channels/statuspage/StatusPageComposer.h"
#include "channels/supportmacro/SupportMacroComposer.h"
#include "channels/teams/TeamsComposer.h"
#include "channels/voice/VoiceComposer.h"
#include "channels/webhook/WebhookComposer.h"
#include "channels/x/XComposer.h"
#include "templating/TemplateValue.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Herald {

UpdateComposer::UpdateComposer()
{
    // In the order of ChannelKind, which is the order people see channels in everywhere.
    m_composers.push_back(std::make_unique<SmsComposer>());
    m_composers.push_back(std::make_unique<EmailComposer>());
    m_composers.push_back(std::make_unique<StatusPageComposer>());
    m_composers.push_back(std::make_unique<SlackComposer>());
    m_composers.push_back(std::make_unique<TeamsComposer>());
    m_composers.push_back(std::make_unique<MattermostComposer>());
    m_composers.push_back(std::make_unique<XComposer>());
    m_composers.push_back(std::make_unique<MastodonComposer>());
    m_composers.push_back(std::make_unique<BlueskyComposer>());
    m_composers.push_back(std::make_unique<PushComposer>());
    m_composers.push_back(std::make_unique<InAppComposer>());
    m_composers.push_back(std::make_unique<VoiceComposer>());
    m_composers.push_back(std::make_unique<WebhookComposer>());
    m_composers.push_back(std::make_unique<SupportMacroComposer>());
}

UpdateComposer::~UpdateComposer() = default;

QList<ChannelKind> UpdateComposer::supportedChannels() const
{
    QList<ChannelKind> channels;
    for (const auto& composer : m_composers)
        channels << composer->channel();
    return channels;
}

const ChannelComposer* UpdateComposer::composer(ChannelKind channel) const
{
    for (const auto& composer : m_composers)
        if (composer->channel() == channel)
            return composer.get();
    return nullptr;
}

QList<ChannelLimit> UpdateComposer::limits(const ChannelMessage& message) const
{
    const ChannelComposer* c = composer(message.channel);
    return c ? c->limits(message) : QList<ChannelLimit>{};
}

QVariantHash UpdateComposer::contextFor(const Incident& incident, const QVariantMap& variables)
{
    QVariantHash context;
    // Values reach the renderer as text only (TemplateValue): a list or object is rendered as
    // nothing, and compose() reports it as a problem.
    for (auto it = variables.cbegin(); it != variables.cend(); ++it)
        context.insert(it.key(), TemplateValue::toText(it.key(), it.value()).value_or(QString()));
    QVariantList components;
    QStringList affected;
    for (const AffectedComponent& component : incident.components) {
        components << QVariantHash{{u"name"_s, component.name},
                                   {u"impact"_s, componentImpactLabel(component.impact).toLower()}};
        affected << component.name;
    }
    context.insert(u"incident"_s, QVariantHash{
                                      {u"title"_s, incident.title},
                                      {u"status"_s, incidentStatusLabel(incident.status).toLower()},
                                      {u"severity"_s, severityKey(incident.severity).toUpper()},
                                      {u"components"_s, components},
                                      {u"affected"_s, affected.join(u", "_s)},
                                      {u"drill"_s, incident.drill},
                                  });
    return context;
}

ComposedUpdate UpdateComposer::compose(const MessageTemplate& messageTemplate, const Incident& incident,
                                       const QVariantMap& variables, const QList<ChannelKind>& channels) const
{
    ComposedUpdate update;
    for (auto it = variables.cbegin(); it != variables.cend(); ++it)
        if (const auto text = TemplateValue::toText(it.key(), it.value()); !text)
            update.problems << TemplateProblem{messageTemplate.source, 0, 0, text.error()};
    for (const TemplateVariable& variable : messageTemplate.variables) {
        if (variable.required && TemplateValue::toText(variable.name, variables.value(variable.name))
                                     .value_or(QString())
                                     .trimmed()
                                     .isEmpty())
            update.problems << TemplateProblem{
                messageTemplate.source, 0, 0,
                QCoreApplication::translate("UpdateComposer", "\"%1\" is required but empty")
                    .arg(variable.label)};
    }
    const ComposeInput input{messageTemplate, incident, contextFor(incident, variables), m_renderer,
                             &update.problems};
    for (ChannelKind channel : channels)
        if (const ChannelComposer* c = composer(channel))
            update.messages << c->compose(input);
    return update;
}

} // namespace Herald
