#include "channels/statuspage/StaticStatusPageS3.h"

#include "base/Clock.h"
#include "base/HeraldError.h"
#include "signing/SigV4Signer.h"

#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace Herald {

std::optional<StaticStatusPageS3::Bucket>
StaticStatusPageS3::parse(const QString& target, const QJsonObject& settings, QString* problem)
{
    const QString path = target.mid(5); // after "s3://"
    const qsizetype slash = path.indexOf(u'/');
    Bucket bucket;
    bucket.bucket = slash < 0 ? path : path.left(slash);
    bucket.prefix = slash < 0 ? QString() : path.mid(slash + 1);
    while (bucket.prefix.endsWith(u'/'))
        bucket.prefix.chop(1);
    bucket.region = settings.value(u"region"_s).toString(u"us-east-1"_s);
    if (bucket.region.isEmpty())
        bucket.region = u"us-east-1"_s;
    const QString endpoint = settings.value(u"endpoint_url"_s).toString();
    bucket.endpoint =
        QUrl(endpoint.isEmpty() ? u"https://s3.%1.amazonaws.com"_s.arg(bucket.region) : endpoint);
    bucket.accessKeyId = settings.value(u"access_key_id"_s).toString().trimmed();
    QString why;
    if (bucket.bucket.isEmpty())
        why = tr("No bucket in %1: write s3://bucket/folder").arg(target);
    else if (bucket.accessKeyId.isEmpty())
        why = tr("No S3 access key id in the endpoint's settings");
    if (problem)
        *problem = why;
    return why.isEmpty() ? std::optional(bucket) : std::nullopt;
}

QUrl StaticStatusPageS3::objectUrl(const Bucket& bucket, const QString& name)
{
    QString base = bucket.endpoint.toString();
    while (base.endsWith(u'/'))
        base.chop(1);
    const QString key = bucket.prefix.isEmpty() ? name : bucket.prefix + u'/' + name;
    return QUrl(base + u'/' + bucket.bucket + u'/' + key);
}

HttpSend::Headers StaticStatusPageS3::headers(const Bucket& bucket, const QByteArray& secretKey,
                                              const StaticStatusPage::File& file, const QDateTime& now)
{
    const HttpHeaderList own{{"Content-Type", file.contentType},
                             {"Cache-Control", StaticStatusPage::cacheControl}};
    const SigV4Signer signer({bucket.accessKeyId, QString::fromUtf8(secretKey), {}}, bucket.region, u"s3"_s,
                             SigV4Signer::Options{.s3 = true, .addContentSha256 = true});
    const SigV4Signer::Result signature =
        signer.sign(SigV4Request::forUrl("PUT", objectUrl(bucket, file.name), own, file.bytes), now);
    HttpSend::Headers headers;
    for (const auto& [name, value] : own + signature.headersToAdd)
        headers.append({name, value});
    return headers;
}

void StaticStatusPageS3::readError(SendOutcome& outcome, const QByteArray& body)
{
    QXmlStreamReader xml(body);
    QString code;
    QString message;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"Code"_s)
            code = xml.readElementText();
        else if (xml.name() == u"Message"_s)
            message = xml.readElementText();
    }
    if (!code.isEmpty())
        HttpSend::addDetail(outcome, message.isEmpty() ? code : u"%1 (%2)"_s.arg(message, code));
}

void StaticStatusPageS3::upload(HttpSend& http, const Bucket& bucket, const QByteArray& secretKey,
                                QList<StaticStatusPage::File> files, HttpSend::Done done)
{
    const StaticStatusPage::File file = files.takeFirst();
    HttpSend::Headers headers;
    try {
        headers = StaticStatusPageS3::headers(bucket, secretKey, file, http.clock().now());
    } catch (const HeraldError& error) {
        SendOutcome outcome;
        outcome.kind = SendOutcome::Kind::Permanent;
        outcome.message = error.message();
        done(outcome);
        return;
    }
    auto next = [&http, bucket, secretKey, files, done](const SendOutcome& outcome) {
        if (outcome.kind != SendOutcome::Kind::Delivered || files.isEmpty())
            done(outcome);
        else
            upload(http, bucket, secretKey, files, done);
    };
    http.put(http.request(objectUrl(bucket, file.name), headers), file.bytes, std::move(next),
             [name = file.name](SendOutcome& outcome, const HttpAnswer& answer) {
                 if (outcome.kind == SendOutcome::Kind::Delivered)
                     outcome.providerReference = HttpSend::headerReference(answer, "ETag");
                 else
                     readError(outcome, answer.body);
                 outcome.message = tr("%1: %2").arg(name, outcome.message);
             });
}

} // namespace Herald
