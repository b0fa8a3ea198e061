#pragma once

#include "signing/SigV4Request.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Herald {

// AWS Signature Version 4 ("AWS4-HMAC-SHA256") for a request sent with headers, as published in
// AWS's "Create a signed AWS API request" and checked against AWS's own test suite. Pure: the
// time comes from the caller, nothing is sent.
class SigV4Signer {
    Q_DECLARE_TR_FUNCTIONS(SigV4Signer)

public:
    struct Credentials {
        QString accessKeyId;
        QString secretAccessKey;
        QString sessionToken; // temporary credentials from AWS STS; empty for long-term keys
    };

    struct Options {
        // S3 rules: the path is neither normalised nor encoded a second time.
        bool s3 = false;
        // Sign and send X-Amz-Content-Sha256 (S3 requires it).
        bool addContentSha256 = false;
        // Most services want X-Amz-Security-Token signed; a few want it added after signing.
        bool signSessionToken = true;
    };

    struct Result {
        QByteArray canonicalRequest;
        QByteArray stringToSign;
        QByteArray signedHeaders; // "host;x-amz-date"
        QByteArray signature;     // lowercase hex
        QByteArray authorization; // the Authorization header's value
        // To set on the request as they are: X-Amz-Date, X-Amz-Content-Sha256 (if asked for),
        // X-Amz-Security-Token (with a session token), Authorization. The request's own headers
        // must be sent unchanged.
        HttpHeaderList headersToAdd;
    };

    SigV4Signer(Credentials credentials, QString region, QString service);
    SigV4Signer(Credentials credentials, QString region, QString service, Options options);

    // Headers the signer owns (Authorization, X-Amz-Date, and X-Amz-Security-Token or
    // X-Amz-Content-Sha256 when it adds them) are replaced, not signed twice. Throws HeraldError
    // when the request cannot be signed: no Host header, an invalid time, missing credentials.
    Result sign(const SigV4Request& request, const QDateTime& time) const;

    // The steps, for tests and for checking a signature by hand.
    static QByteArray signingKey(QByteArrayView secretAccessKey, QByteArrayView date, QByteArrayView region,
                                 QByteArrayView service);
    static QByteArray signatureFor(QByteArrayView stringToSign, QByteArrayView signingKey);
    // The path as sent on the wire to its canonical form.
    static QByteArray canonicalUri(QByteArrayView wirePath, bool s3 = false);
    // The query as sent on the wire to its canonical form: decoded, encoded again, sorted.
    static QByteArray canonicalQuery(QByteArrayView wireQuery);
    // Trimmed, runs of spaces folded to one; the lines of a folded value joined by ",".
    static QByteArray canonicalHeaderValue(QByteArrayView value);
    // RFC 3986 unreserved characters (A-Z a-z 0-9 - . _ ~) kept, everything else %XX.
    static QByteArray uriEncode(QByteArrayView bytes, bool keepSlash = false);

private:
    Credentials m_credentials;
    QByteArray m_region;
    QByteArray m_service;
    Options m_options;
};

} // namespace Herald
