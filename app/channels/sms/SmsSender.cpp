#include "channels/sms/SmsSender.h"

#include "base/HeraldError.h"
#include "channels/UrlPolicy.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
const QString defaultTwilioBase = u"https://api.twilio.com"_s;

QString setting(const ChannelEndpoint& endpoint, const QString& key)
{
    return endpoint.settings.value(key).toString().trimmed();
}
} // namespace

SmsSender::SmsSender(OutboxNetwork& network, const Clock& clock, int timeoutMs)
    : m_http(network, clock, timeoutMs)
    , m_sns(m_http)
{
}

bool SmsSender::usesSns(const ChannelEndpoint& endpoint) const
{
    return setting(endpoint, u"provider"_s) == u"sns"_s;
}

QList<SettingField> SmsSender::settingFields() const
{
    QList<SettingField> fields{
        {u"provider"_s, tr("Provider"), SettingField::Type::Choice, {u"twilio"_s, u"sns"_s}, {}, true},
        {u"account_sid"_s, tr("Twilio account SID"), SettingField::Type::Text, {}, u"AC…"_s, false},
        {u"from"_s, tr("Twilio sender number"), SettingField::Type::Text, {}, u"+15005550006"_s, false},
        {u"messaging_service_sid"_s,
         tr("Twilio messaging service SID (instead of a number)"),
         SettingField::Type::Text,
         {},
         u"MG…"_s,
         false},
    };
    // SNS's region, access key and API address; api_base serves Twilio too.
    fields << SnsClient::settingFields();
    fields.last().placeholder = tr("%1, or https://sns.<region>.amazonaws.com").arg(defaultTwilioBase);
    for (SettingField& field : fields)
        if (field.key != u"provider"_s)
            field.required = false;
    return fields;
}

QString SmsSender::validate(const ChannelEndpoint& endpoint) const
{
    static const QRegularExpression e164(u"^\\+[1-9]\\d{6,14}$"_s);
    if (!e164.match(endpoint.address).hasMatch())
        return tr("The address is a phone number in international form, such as +14155550100.");
    if (usesSns(endpoint))
        return SnsClient::validate(endpoint.settings);
    if (setting(endpoint, u"provider"_s) != u"twilio"_s)
        return tr("Choose the SMS provider: twilio or sns.");
    if (!setting(endpoint, u"account_sid"_s).startsWith(u"AC"_s))
        return tr("Enter the Twilio account SID (it starts with AC).");
    if (setting(endpoint, u"from"_s).isEmpty() && setting(endpoint, u"messaging_service_sid"_s).isEmpty())
        return tr("Enter the sender number or a messaging service SID.");
    if (!setting(endpoint, u"api_base"_s).isEmpty())
        return UrlPolicy::checkEndpointUrl(QUrl(setting(endpoint, u"api_base"_s)));
    return {};
}

ProviderHttp::Request SmsSender::request(const Delivery& delivery, const SendContext& context,
                                         const QByteArray& secret) const
{
    const QString text = QString::fromUtf8(delivery.payload);
    if (usesSns(context.endpoint))
        return m_sns.publish(context.endpoint.settings,
                             {{u"PhoneNumber"_s, delivery.target},
                              {u"Message"_s, text},
                              {u"MessageAttributes.entry.1.Name"_s, u"AWS.SNS.SMS.SMSType"_s},
                              {u"MessageAttributes.entry.1.Value.DataType"_s, u"String"_s},
                              {u"MessageAttributes.entry.1.Value.StringValue"_s, u"Transactional"_s}},
                             secret);
    const QString account = setting(context.endpoint, u"account_sid"_s);
    QString base = setting(context.endpoint, u"api_base"_s);
    if (base.isEmpty())
        base = defaultTwilioBase;
    while (base.endsWith(u'/'))
        base.chop(1);
    QList<std::pair<QString, QString>> fields{{u"To"_s, delivery.target}};
    if (const QString service = setting(context.endpoint, u"messaging_service_sid"_s); !service.isEmpty())
        fields.append({u"MessagingServiceSid"_s, service});
    else
        fields.append({u"From"_s, setting(context.endpoint, u"from"_s)});
    fields.append({u"Body"_s, text});
    ProviderHttp::Request request;
    request.url = QUrl(u"%1/2010-04-01/Accounts/%2/Messages.json"_s.arg(base, account));
    request.headers = {{"Authorization", "Basic " + QByteArray(account.toUtf8() + ':' + secret).toBase64()},
                       {"Content-Type", "application/x-www-form-urlencoded"},
                       {"Accept", "application/json"}};
    request.body = ProviderHttp::formEncode(fields);
    return request;
}

void SmsSender::send(const Delivery& delivery, const SendContext& context, Done done)
{
    // A drill's row carries its sandbox as the address; validated like the real one.
    if (const auto refused =
            refusal(delivery, context,
                    tr("No credential stored for %1: enter the %2")
                        .arg(context.endpoint.name, usesSns(context.endpoint) ? tr("secret access key")
                                                                              : tr("Twilio auth token")))) {
        done(*refused);
        return;
    }
    try {
        const ProviderHttp::Request wire = request(delivery, context, context.secret);
        if (usesSns(context.endpoint))
            m_sns.send(wire, std::move(done));
        else
            m_http.send(wire, [done = std::move(done)](const ProviderHttp::Answer& answer) {
                done(twilioOutcome(answer));
            });
    } catch (const HeraldError& error) {
        done(permanent(error.message()));
    }
}

SendOutcome SmsSender::twilioOutcome(const ProviderHttp::Answer& answer)
{
    SendOutcome outcome = answer.outcome;
    const QJsonObject body = QJsonDocument::fromJson(answer.body).object();
    if (outcome.kind == SendOutcome::Kind::Delivered) {
        outcome.providerReference = body.value(u"sid"_s).toString();
        return outcome;
    }
    if (!body.contains(u"code"_s))
        return outcome;
    const int code = body.value(u"code"_s).toInt();
    outcome.message =
        u"Twilio %1: %2 (HTTP %3)"_s.arg(code).arg(body.value(u"message"_s).toString()).arg(answer.status);
    if (code == 20429 || answer.status == 429)
        outcome.kind = SendOutcome::Kind::Retry; // too many requests: Retry-After kept
    else if (code == 21211 || (answer.status >= 400 && answer.status < 500))
        outcome.kind = SendOutcome::Kind::Permanent; // 21211: not a valid phone number
    return outcome;
}

QString SmsSender::dryRun(const Delivery& delivery, const SendContext& context) const
{
    try {
        return ProviderHttp::describe(request(delivery, context, "***"));
    } catch (const HeraldError& error) {
        return error.message();
    }
}

} // namespace Herald
