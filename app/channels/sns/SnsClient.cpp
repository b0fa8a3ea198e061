#include "channels/sns/SnsClient.h"

#include "base/Clock.h"
#include "channels/UrlPolicy.h"
#include "signing/SigV4Signer.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
// The text of the first element named `name`, anywhere in the document.
QString firstElement(const QByteArray& xml, QStringView name)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == name)
            return reader.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
    }
    return {};
}
} // namespace

QList<SettingField> SnsClient::settingFields()
{
    return {
        {u"region"_s, tr("AWS region"), SettingField::Type::Text, {}, u"us-east-1"_s, true},
        {u"access_key_id"_s, tr("Access key ID"), SettingField::Type::Text, {}, u"AKIA…"_s, true},
        {u"api_base"_s,
         tr("API address"),
         SettingField::Type::Text,
         {},
         u"https://sns.<region>.amazonaws.com"_s,
         false},
    };
}

QString SnsClient::validate(const QJsonObject& settings)
{
    static const QRegularExpression region(u"^[a-z]{2}(-[a-z]+)+-\\d$"_s);
    if (!region.match(settings.value(u"region"_s).toString()).hasMatch())
        return tr("Enter the AWS region of the topic, such as eu-west-1.");
    if (settings.value(u"access_key_id"_s).toString().trimmed().isEmpty())
        return tr("Enter the access key ID (its secret access key goes in the keychain).");
    if (settings.contains(u"api_base"_s))
        return UrlPolicy::checkEndpointUrl(QUrl(settings.value(u"api_base"_s).toString()));
    return {};
}

QUrl SnsClient::apiBase(const QJsonObject& settings)
{
    const QString base = settings.value(u"api_base"_s).toString();
    if (!base.isEmpty())
        return QUrl(base.endsWith(u'/') ? base : base + u'/');
    return QUrl(u"https://sns.%1.amazonaws.com/"_s.arg(settings.value(u"region"_s).toString()));
}

ProviderHttp::Request SnsClient::publish(const QJsonObject& settings, const Fields& parameters,
                                         const QByteArray& secretAccessKey) const
{
    Fields fields{{u"Action"_s, u"Publish"_s}, {u"Version"_s, u"2010-03-31"_s}};
    fields << parameters;
    ProviderHttp::Request request;
    request.url = apiBase(settings);
    request.body = ProviderHttp::formEncode(fields);
    const HttpHeaderList headers{{"Content-Type", "application/x-www-form-urlencoded; charset=utf-8"}};
    const SigV4Signer signer(
        {settings.value(u"access_key_id"_s).toString().trimmed(), QString::fromUtf8(secretAccessKey), {}},
        settings.value(u"region"_s).toString(), u"sns"_s);
    // Signs exactly what Qt sends: the URL's path and Host, these headers and this body.
    const SigV4Signer::Result signature =
        signer.sign(SigV4Request::forUrl("POST", request.url, headers, request.body), m_http.clock().now());
    request.headers = headers + signature.headersToAdd;
    return request;
}

void SnsClient::send(const ProviderHttp::Request& request, std::function<void(const SendOutcome&)> done) const
{
    m_http.send(request,
                [done = std::move(done)](const ProviderHttp::Answer& answer) { done(outcome(answer)); });
}

SendOutcome SnsClient::outcome(const ProviderHttp::Answer& answer)
{
    SendOutcome result = answer.outcome;
    if (answer.status >= 200 && answer.status < 300) {
        result.providerReference = firstElement(answer.body, u"MessageId");
        return result;
    }
    const QString code = firstElement(answer.body, u"Code");
    if (code.isEmpty())
        return result;
    result.message =
        u"%1: %2 (HTTP %3)"_s.arg(code, firstElement(answer.body, u"Message")).arg(answer.status);
    if (code == u"Throttling"_s || code == u"ThrottlingException"_s || code == u"InternalError"_s)
        result.kind = SendOutcome::Kind::Retry;
    else if (answer.status < 500)
        result.kind = SendOutcome::Kind::Permanent;
    return result;
}

} // namespace Herald
