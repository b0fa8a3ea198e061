#include "channels/slack/SlackComposer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Herald {

QString SlackComposer::contextLine(const Incident& incident)
{
    QStringList parts{incidentStatusLabel(incident.status), severityLabel(incident.severity)};
    for (const AffectedComponent& component : incident.components)
        parts << component.name + u": "_s + componentImpactLabel(component.impact).toLower();
    // A mrkdwn field: a component called "<!channel>" must not notify anyone.
    return TemplateRenderer::escapeSlack(parts.join(u" · "_s));
}

ChannelMessage SlackComposer::compose(const ComposeInput& input) const
{
    ChannelMessage message;
    message.channel = ChannelKind::Slack;
    // Header blocks are plain text, limited to 150 characters.
    message.title =
        QString(input.drillMarker() + input.render(input.messageTemplate.subject,
                                                   TemplateRenderer::Escaping::None, u"slack header"_s))
            .simplified()
            .left(150);
    message.text = input.drillMarker() + input.render(input.messageTemplate.bodyFor(ChannelKind::Slack),
                                                      TemplateRenderer::Escaping::SlackMrkdwn, u"slack"_s);
    const QJsonArray blocks{
        QJsonObject{{u"type"_s, u"header"_s},
                    {u"text"_s, QJsonObject{{u"type"_s, u"plain_text"_s}, {u"text"_s, message.title}}}},
        QJsonObject{{u"type"_s, u"section"_s},
                    {u"text"_s, QJsonObject{{u"type"_s, u"mrkdwn"_s}, {u"text"_s, message.text}}}},
        QJsonObject{{u"type"_s, u"context"_s},
                    {u"elements"_s, QJsonArray{QJsonObject{{u"type"_s, u"mrkdwn"_s},
                                                           {u"text"_s, contextLine(input.incident)}}}}},
    };
    // The top-level text is the notification, parsed as mrkdwn; the header block is plain text.
    const QJsonObject payload{{u"text"_s, TemplateRenderer::escapeSlack(message.title)},
                              {u"blocks"_s, blocks}};
    message.wire = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    return message;
}

} // namespace Herald
