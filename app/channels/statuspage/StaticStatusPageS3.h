#pragma once

#include "channels/http/HttpSend.h"
#include "channels/statuspage/StaticStatusPage.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUrl>

#include <optional>

namespace Herald {

// Publishes a static status page to S3-compatible storage (AWS S3, MinIO, R2...): one PUT per
// file to {endpoint_url}/{bucket}/{prefix}/{file}, path-style, signed with Signature Version 4.
// The access key id is a setting; the secret access key is the endpoint's keychain credential.
class StaticStatusPageS3 {
    Q_DECLARE_TR_FUNCTIONS(StaticStatusPageS3)

public:
    struct Bucket {
        QUrl endpoint; // https://s3.<region>.amazonaws.com unless `endpoint_url` says otherwise
        QString bucket;
        QString prefix; // no leading or trailing slash; may be empty
        QString region;
        QString accessKeyId;
    };

    static bool isS3(const QString& target) { return target.startsWith(QStringLiteral("s3://")); }
    // From "s3://bucket/prefix" and the endpoint's settings; nothing, saying why, when incomplete.
    static std::optional<Bucket> parse(const QString& target, const QJsonObject& settings, QString* problem);
    static QUrl objectUrl(const Bucket& bucket, const QString& name);
    // The headers one file's PUT carries, signed. Throws HeraldError when it cannot be signed.
    static HttpSend::Headers headers(const Bucket& bucket, const QByteArray& secretKey,
                                     const StaticStatusPage::File& file, const QDateTime& now);
    // One file after another; the first failure ends it (a retry uploads them all again, which
    // is harmless). Delivered with index.html's ETag as the provider reference.
    static void upload(HttpSend& http, const Bucket& bucket, const QByteArray& secretKey,
                       QList<StaticStatusPage::File> files, HttpSend::Done done);
    // S3's XML error (<Error><Code>SlowDown</Code><Message>...) into the outcome's message.
    static void readError(SendOutcome& outcome, const QByteArray& body);
};

} // namespace Herald
