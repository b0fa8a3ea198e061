#include "channels/manual/ManualSender.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
// The fields composers put a message's readable text in, most specific first.
const QStringList textKeys = {u"text"_s, u"body"_s, u"message"_s, u"content"_s};

QString textIn(const QJsonObject& object, int depth)
{
    for (const QString& key : textKeys)
        if (object.value(key).isString())
            return object.value(key).toString();
    if (depth == 0)
        return {};
    for (auto it = object.begin(); it != object.end(); ++it)
        if (it->isObject())
            if (const QString text = textIn(it->toObject(), depth - 1); !text.isEmpty())
                return text;
    return {};
}
} // namespace

bool ManualSender::isManual(const ChannelEndpoint& endpoint)
{
    return endpoint.settings.value(u"provider"_s).toString() == u"manual"_s;
}

void ManualSender::send(const Delivery& delivery, const SendContext& context, Done done)
{
    SendOutcome outcome;
    outcome.kind = SendOutcome::Kind::AwaitingPerson;
    const QString how = context.endpoint.settings.value(u"instructions"_s).toString();
    outcome.message = how.isEmpty() ? tr("waiting for a person to send it to %1").arg(delivery.target)
                                    : tr("waiting for a person: %1").arg(how);
    done(outcome);
}

QList<SettingField> ManualSender::settingFields() const
{
    SettingField instructions;
    instructions.key = u"instructions"_s;
    instructions.label = tr("What the person does");
    instructions.placeholder = tr("Call the partner hotline and read the update");
    return {instructions};
}

QString ManualSender::dryRun(const Delivery& delivery, const SendContext&) const
{
    return tr("Nothing is sent: a person sends this to %1 by hand and marks it done.\n\n%2")
        .arg(delivery.target, textToCopy(delivery));
}

QString ManualSender::textToCopy(const Delivery& delivery)
{
    const QJsonDocument json = QJsonDocument::fromJson(delivery.payload);
    if (json.isObject())
        if (const QString text = textIn(json.object(), 2); !text.isEmpty())
            return text;
    return QString::fromUtf8(delivery.payload);
}

} // namespace Herald
