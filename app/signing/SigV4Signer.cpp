#include "signing/SigV4Signer.h"

#include "base/HeraldError.h"
#include "base/Sha256.h"

#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

constexpr QByteArrayView algorithm = "AWS4-HMAC-SHA256";

QByteArray sha256Hex(QByteArrayView data)
{
    return Sha256::hash({data}).toHex();
}

QByteArray hmac(QByteArrayView key, QByteArrayView message)
{
    return Sha256::hmac(key, {message});
}

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '.' || c == '_' || c == '~';
}

} // namespace

SigV4Signer::SigV4Signer(Credentials credentials, QString region, QString service)
    : SigV4Signer(std::move(credentials), std::move(region), std::move(service), Options())
{
}

SigV4Signer::SigV4Signer(Credentials credentials, QString region, QString service, Options options)
    : m_credentials(std::move(credentials))
    , m_region(region.toUtf8())
    , m_service(service.toUtf8())
    , m_options(options)
{
}

SigV4Signer::Result SigV4Signer::sign(const SigV4Request& request, const QDateTime& time) const
{
    if (m_credentials.accessKeyId.isEmpty() || m_credentials.secretAccessKey.isEmpty())
        throw HeraldError(
            tr("The AWS access key ID and secret access key are both needed to sign a request."));
    if (m_region.isEmpty() || m_service.isEmpty())
        throw HeraldError(tr("The AWS region and service are both needed to sign a request."));
    if (!time.isValid())
        throw HeraldError(tr("A request cannot be signed without a valid time."));

    const QByteArray amzDate = time.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s).toLatin1();
    const QByteArray date = amzDate.left(8);
    const QByteArray payloadHash = sha256Hex(request.body);
    const QByteArray token = m_credentials.sessionToken.toUtf8();

    QList<QByteArray> owned{"authorization", "x-amz-date"};
    if (!token.isEmpty())
        owned << "x-amz-security-token";
    if (m_options.addContentSha256)
        owned << "x-amz-content-sha256";

    // Sorted by lowercase name; repeated names keep their order, joined by ",".
    QMap<QByteArray, QByteArray> headers;
    const auto add = [&headers](const QByteArray& name, const QByteArray& value) {
        auto it = headers.find(name);
        if (it == headers.end())
            headers.insert(name, value);
        else
            *it += ',' + value;
    };
    for (const auto& [name, value] : request.headers) {
        const QByteArray lower = name.trimmed().toLower();
        if (!owned.contains(lower))
            add(lower, canonicalHeaderValue(value));
    }
    if (!headers.contains("host"))
        throw HeraldError(tr("A request cannot be signed without a Host header."));

    HttpHeaderList headersToAdd{{"X-Amz-Date", amzDate}};
    add("x-amz-date", amzDate);
    if (m_options.addContentSha256) {
        headersToAdd.append({"X-Amz-Content-Sha256", payloadHash});
        add("x-amz-content-sha256", payloadHash);
    }
    if (!token.isEmpty()) {
        headersToAdd.append({"X-Amz-Security-Token", token});
        if (m_options.signSessionToken)
            add("x-amz-security-token", canonicalHeaderValue(token));
    }

    QByteArray canonicalHeaders;
    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        canonicalHeaders += it.key() + ':' + it.value() + '\n';
    const QByteArray signedHeaders = headers.keys().join(';');

    Result result;
    result.signedHeaders = signedHeaders;
    result.canonicalRequest = request.method + '\n' + canonicalUri(request.path, m_options.s3) + '\n' +
                              canonicalQuery(request.query) + '\n' + canonicalHeaders + '\n' + signedHeaders +
                              '\n' + payloadHash;

    const QByteArray scope = date + '/' + m_region + '/' + m_service + "/aws4_request";
    result.stringToSign =
        algorithm.toByteArray() + '\n' + amzDate + '\n' + scope + '\n' + sha256Hex(result.canonicalRequest);
    result.signature = signatureFor(
        result.stringToSign, signingKey(m_credentials.secretAccessKey.toUtf8(), date, m_region, m_service));
    result.authorization = algorithm.toByteArray() + " Credential=" + m_credentials.accessKeyId.toUtf8() +
                           '/' + scope + ", SignedHeaders=" + signedHeaders +
                           ", Signature=" + result.signature;

    headersToAdd.append({"Authorization", result.authorization});
    result.headersToAdd = headersToAdd;
    return result;
}

QByteArray SigV4Signer::signingKey(QByteArrayView secretAccessKey, QByteArrayView date, QByteArrayView region,
                                   QByteArrayView service)
{
    const QByteArray dateKey = hmac(QByteArray("AWS4" + secretAccessKey.toByteArray()), date);
    const QByteArray regionKey = hmac(dateKey, region);
    const QByteArray serviceKey = hmac(regionKey, service);
    return hmac(serviceKey, "aws4_request");
}

QByteArray SigV4Signer::signatureFor(QByteArrayView stringToSign, QByteArrayView signingKey)
{
    return hmac(signingKey, stringToSign).toHex();
}

QByteArray SigV4Signer::canonicalUri(QByteArrayView wirePath, bool s3)
{
    const QList<QByteArray> segments = wirePath.toByteArray().split('/');
    QList<QByteArray> kept;
    if (s3) {
        // S3 takes the object key as it is ("a//b/./c" is a key); its segments are encoded once.
        for (const QByteArray& segment : segments)
            kept << uriEncode(QByteArray::fromPercentEncoding(segment));
        QByteArray path = kept.join('/');
        if (!path.startsWith('/'))
            path.prepend('/');
        return path;
    }
    // Everyone else: RFC 3986 dot-segment removal and empty segments dropped, then the wire
    // form encoded again (so "%20" on the wire signs as "%2520").
    for (const QByteArray& segment : segments) {
        if (segment.isEmpty() || segment == ".")
            continue;
        if (segment == "..") {
            if (!kept.isEmpty())
                kept.removeLast();
            continue;
        }
        kept << uriEncode(segment);
    }
    QByteArray path = '/' + kept.join('/');
    if (!kept.isEmpty() && wirePath.endsWith('/'))
        path += '/';
    return path;
}

QByteArray SigV4Signer::canonicalQuery(QByteArrayView wireQuery)
{
    QList<std::pair<QByteArray, QByteArray>> parameters;
    for (const QByteArray& piece : wireQuery.toByteArray().split('&')) {
        if (piece.isEmpty())
            continue;
        const qsizetype equals = piece.indexOf('=');
        const QByteArray key = equals < 0 ? piece : piece.left(equals);
        const QByteArray value = equals < 0 ? QByteArray() : piece.mid(equals + 1);
        // '+' stays a plus: AWS wants spaces as %20, so a '+' on the wire is a literal plus.
        parameters.append({uriEncode(QByteArray::fromPercentEncoding(key)),
                           uriEncode(QByteArray::fromPercentEncoding(value))});
    }
    std::ranges::sort(parameters);
    QList<QByteArray> pairs;
    for (const auto& [key, value] : parameters)
        pairs << key + '=' + value;
    return pairs.join('&');
}

QByteArray SigV4Signer::canonicalHeaderValue(QByteArrayView value)
{
    QList<QByteArray> lines;
    for (const QByteArray& line : value.toByteArray().split('\n')) {
        const QByteArray folded = line.simplified();
        if (!folded.isEmpty())
            lines << folded;
    }
    return lines.join(',');
}

QByteArray SigV4Signer::uriEncode(QByteArrayView bytes, bool keepSlash)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    QByteArray encoded;
    encoded.reserve(bytes.size() * 3);
    for (const char c : bytes) {
        if (isUnreserved(c) || (keepSlash && c == '/')) {
            encoded += c;
        } else {
            const auto byte = static_cast<unsigned char>(c);
            encoded += '%';
            encoded += hex[byte >> 4];
            encoded += hex[byte & 0xF];
        }
    }
    return encoded;
}

} // namespace Herald
