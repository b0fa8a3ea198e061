#include "channels/push/SnsPushSender.h"

#include "base/HeraldError.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
} // namespace

SnsPushSender::SnsPushSender(OutboxNetwork& network, const Clock& clock, int timeoutMs)
    : m_http(network, clock, timeoutMs)
    , m_sns(m_http)
{
}

SnsClient::Fields SnsPushSender::parameters(const Delivery& delivery)
{
    const QJsonObject apns = QJsonDocument::fromJson(delivery.payload).object();
    const QJsonObject alert = apns.value(u"aps"_s).toObject().value(u"alert"_s).toObject();
    const QString title = alert.value(u"title"_s).toString();
    const QString body = alert.value(u"body"_s).toString();
    QJsonObject data;
    for (auto it = apns.constBegin(); it != apns.constEnd(); ++it)
        if (it.key() != u"aps"_s)
            data.insert(it.key(),
                        it.value().isString() ? it.value().toString() : it.value().toVariant().toString());
    const QJsonObject fcm{
        {u"fcmV1Message"_s,
         QJsonObject{{u"message"_s,
                      QJsonObject{{u"notification"_s, QJsonObject{{u"title"_s, title}, {u"body"_s, body}}},
                                  {u"data"_s, data}}}}}};
    // Every value a string: SNS ignores the others (and the escaped JSON is what APNs gets).
    const QJsonObject message{{u"default"_s, title.isEmpty() ? body : title + u": "_s + body},
                              {u"APNS"_s, compact(apns)},
                              {u"APNS_SANDBOX"_s, compact(apns)},
                              {u"GCM"_s, compact(fcm)}};
    const bool platformEndpoint = delivery.target.contains(u":endpoint/"_s);
    SnsClient::Fields fields{{platformEndpoint ? u"TargetArn"_s : u"TopicArn"_s, delivery.target},
                             {u"Message"_s, compact(message)},
                             {u"MessageStructure"_s, u"json"_s}};
    if (!title.isEmpty() && !platformEndpoint)
        fields.append({u"Subject"_s, title.left(99)}); // SNS: fewer than 100 characters
    return fields;
}

QString SnsPushSender::validate(const ChannelEndpoint& endpoint) const
{
    if (!endpoint.address.startsWith(u"arn:aws:sns:"_s))
        return tr("The address is the SNS topic's ARN, such as arn:aws:sns:eu-west-1:123456789012:status.");
    return SnsClient::validate(endpoint.settings);
}

void SnsPushSender::send(const Delivery& delivery, const SendContext& context, Done done)
{
    // A drill's row carries its sandbox as the address; validated like the real one.
    if (const auto refused = refusal(
            delivery, context,
            tr("No credential stored for %1: enter the secret access key").arg(context.endpoint.name))) {
        done(*refused);
        return;
    }
    try {
        m_sns.send(m_sns.publish(context.endpoint.settings, parameters(delivery), context.secret),
                   std::move(done));
    } catch (const HeraldError& error) {
        done(permanent(error.message()));
    }
}

QString SnsPushSender::dryRun(const Delivery& delivery, const SendContext& context) const
{
    try {
        return ProviderHttp::describe(m_sns.publish(context.endpoint.settings, parameters(delivery), "***"));
    } catch (const HeraldError& error) {
        return error.message();
    }
}

} // namespace Herald
