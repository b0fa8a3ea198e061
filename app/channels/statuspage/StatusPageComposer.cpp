#include "channels/statuspage/StatusPageComposer.h"

#include "channels/HtmlParagraphs.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Herald {

QString StatusPageComposer::impactFor(const Incident& incident)
{
    if (incident.kind == IncidentKind::Maintenance)
        return u"maintenance"_s;
    switch (incident.severity) {
    case Severity::Sev1:
        return u"critical"_s;
    case Severity::Sev2:
        return u"major"_s;
    case Severity::Sev3:
        return u"minor"_s;
    case Severity::Sev4:
        return u"none"_s;
    }
    return u"none"_s;
}

ChannelMessage StatusPageComposer::compose(const ComposeInput& input) const
{
    ChannelMessage message;
    message.channel = ChannelKind::StatusPage;
    // The incident keeps its name across updates; each update only adds a body.
    message.title = QString(input.drillMarker() + input.incident.title).simplified();
    const QString body = input.messageTemplate.bodyFor(ChannelKind::StatusPage);
    message.text = input.drillMarker() +
                   input.render(body, TemplateRenderer::Escaping::None, u"status page"_s).trimmed();
    message.html = HtmlParagraphs::fromEscaped(
        input.drillMarker() + input.render(body, TemplateRenderer::Escaping::Html, u"status page"_s));

    QJsonObject components;
    for (const AffectedComponent& component : input.incident.components)
        components.insert(component.name, componentImpactKey(component.impact));
    const QJsonObject incident{
        {u"name"_s, message.title},
        {u"status"_s, incidentStatusKey(input.incident.status)},
        {u"impact_override"_s, impactFor(input.incident)},
        {u"body"_s, message.text},
        {u"components"_s, components},
        // A drill is posted nowhere real, but if it is, nobody is notified.
        {u"deliver_notifications"_s, !input.incident.drill},
    };
    message.wire = QJsonDocument(QJsonObject{{u"incident"_s, incident}}).toJson(QJsonDocument::Compact);
    return message;
}

QList<ChannelLimit> StatusPageComposer::limits(const ChannelMessage& message) const
{
    const int body = int(message.text.size());
    return {
        ChannelLimit{
            u"title"_s, tr("Incident name"), tr("characters"), int(message.title.size()), maxName, true, {}},
        ChannelLimit{u"text"_s, tr("Update"), tr("characters"), body, maxBody, true, {}},
        ChannelLimit{u"text-advice"_s, tr("Readable update"), tr("characters"), body, bodyAdvice, false,
                     tr("people scan a status page; say the essentials first")},
    };
}

} // namespace Herald
