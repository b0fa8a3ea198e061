#include "channels/push/PushComposer.h"

#include "channels/push/LockScreenText.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Herald {

ChannelMessage PushComposer::compose(const ComposeInput& input) const
{
    ChannelMessage message;
    message.channel = ChannelKind::Push;
    message.title = input.title(ChannelKind::Push, u"push title"_s);
    message.text = input.body(ChannelKind::Push, TemplateRenderer::Escaping::None, u"push"_s).simplified();
    const QJsonObject aps{
        {u"alert"_s, QJsonObject{{u"title"_s, message.title}, {u"body"_s, message.text}}},
        {u"sound"_s, u"default"_s},
        {u"thread-id"_s, u"incident-%1"_s.arg(input.incident.id)},
    };
    message.wire = QJsonDocument(QJsonObject{{u"aps"_s, aps}, {u"incident_id"_s, input.incident.id}})
                       .toJson(QJsonDocument::Compact);
    return message;
}

QList<ChannelLimit> PushComposer::limits(const ChannelMessage& message) const
{
    return {
        ChannelLimit{u"payload"_s, tr("Payload"), tr("bytes"), int(message.wire.size()), maxPayloadBytes,
                     true, tr("APNs and FCM refuse larger payloads")},
        ChannelLimit{u"title"_s, tr("Title"), tr("characters"), LockScreenText::length(message.title),
                     LockScreenText::titleLimit, false, tr("one line on a lock screen")},
        ChannelLimit{u"text"_s, tr("Body"), tr("characters"), LockScreenText::length(message.text),
                     LockScreenText::bodyLimit, false, tr("four lines on a lock screen, then cut")},
    };
}

} // namespace Herald
