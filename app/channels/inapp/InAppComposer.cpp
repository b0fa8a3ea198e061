#include "channels/inapp/InAppComposer.h"

#include "channels/push/LockScreenText.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Herald {

bool InAppComposer::dismissible(const Incident& incident)
{
    return !(incident.severity == Severity::Sev1 && incident.isOngoing());
}

ChannelMessage InAppComposer::compose(const ComposeInput& input) const
{
    ChannelMessage message;
    message.channel = ChannelKind::InApp;
    message.title = input.title(ChannelKind::InApp, u"in-app title"_s);
    message.text = input.body(ChannelKind::InApp, TemplateRenderer::Escaping::None, u"in-app"_s).simplified();
    QJsonObject banner{
        {u"severity"_s, severityKey(input.incident.severity)},
        {u"title"_s, message.title},
        {u"text"_s, message.text},
        {u"dismissible"_s, dismissible(input.incident)},
    };
    for (const TemplateVariable& variable : input.messageTemplate.variables) {
        const QString value = input.context.value(variable.name).toString().trimmed();
        if (variable.type == TemplateVariable::Type::Url && !value.isEmpty()) {
            banner.insert(u"link"_s, value);
            break;
        }
    }
    message.wire = QJsonDocument(banner).toJson(QJsonDocument::Compact);
    return message;
}

QList<ChannelLimit> InAppComposer::limits(const ChannelMessage& message) const
{
    return {ChannelLimit{u"text"_s, tr("Banner text"), tr("characters"), LockScreenText::length(message.text),
                         textAdvice, false, tr("longer banners wrap and get skipped")}};
}

} // namespace Herald
