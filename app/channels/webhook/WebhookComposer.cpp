#include "channels/webhook/WebhookComposer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Herald {

ChannelMessage WebhookComposer::compose(const ComposeInput& input) const
{
    const Incident& incident = input.incident;
    ChannelMessage message;
    message.channel = ChannelKind::Webhook;
    message.title =
        input.drillMarker() +
        input.render(input.messageTemplate.subject, TemplateRenderer::Escaping::None, u"webhook title"_s)
            .simplified();
    message.text = input.body(ChannelKind::Webhook, TemplateRenderer::Escaping::None, u"webhook"_s);
    QJsonArray components;
    for (const AffectedComponent& component : incident.components)
        components << QJsonObject{{u"name"_s, component.name},
                                  {u"impact"_s, componentImpactKey(component.impact)}};
    const QJsonObject payload{
        {u"schema"_s, u"herald.update"_s},
        {u"version"_s, schemaVersion},
        {u"incident"_s,
         QJsonObject{
             {u"id"_s, incident.id},
             {u"title"_s, incident.title},
             {u"kind"_s, incidentKindKey(incident.kind)},
             {u"severity"_s, severityKey(incident.severity)},
             {u"status"_s, incidentStatusKey(incident.status)},
             {u"drill"_s, incident.drill},
             {u"started_at"_s, incident.startedAt.toUTC().toString(Qt::ISODate)},
             {u"components"_s, components},
         }},
        {u"update"_s,
         QJsonObject{
             {u"title"_s, message.title},
             {u"text"_s, message.text},
             {u"template"_s, input.messageTemplate.id},
         }},
    };
    message.wire = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    return message;
}

QList<ChannelLimit> WebhookComposer::limits(const ChannelMessage& message) const
{
    return {{u"payload"_s, tr("Payload"), tr("bytes"), int(message.wire.size()), recommendedPayload, false,
             tr("Standard Webhooks recommends under 20 kB")}};
}

} // namespace Herald
