// Webhook and chat payloads composed from a random template text, subject and values: every
// payload is one JSON object, and the webhook's carries the text the reader sees.
#include "FuzzSupport.h"
#include "channels/UpdateComposer.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <fuzzer/FuzzedDataProvider.h>

using namespace Qt::StringLiterals;
using namespace Herald;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    HeraldFuzz::ensureApplication();
    static const UpdateComposer composer;
    FuzzedDataProvider input(data, size);
    MessageTemplate t;
    t.id = u"fuzz"_s;
    t.source = u"fuzz.yaml"_s;
    t.subject = QString::fromStdString(input.ConsumeRandomLengthString(200));
    t.body = QString::fromStdString(input.ConsumeRandomLengthString(1000));
    t.variables = {{u"service"_s, TemplateVariable::Type::Text, u"Service"_s, {}, true, {}, {}, {}}};
    Incident incident;
    incident.title = QString::fromStdString(input.ConsumeRandomLengthString(100));
    incident.drill = input.ConsumeBool();
    const QVariantMap values{{u"service"_s, QString::fromStdString(input.ConsumeRandomLengthString(1000))}};
    const QList<ChannelKind> channels{ChannelKind::Webhook, ChannelKind::Slack, ChannelKind::Teams,
                                      ChannelKind::Mattermost};
    const ComposedUpdate update = composer.compose(t, incident, values, channels);
    for (const ChannelMessage& message : update.messages) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(message.wire, &error);
        HeraldFuzz::require(error.error == QJsonParseError::NoError && document.isObject(),
                            channelKey(message.channel) + u" payload is not a JSON object"_s);
        if (message.channel == ChannelKind::Webhook)
            HeraldFuzz::require(document[u"update"_s][u"text"_s].toString() == message.text,
                                u"webhook text differs from the payload's"_s);
    }
    return 0;
}
