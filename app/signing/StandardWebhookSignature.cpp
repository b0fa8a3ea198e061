#include "signing/StandardWebhookSignature.h"

#include "base/HeraldError.h"
#include "base/Sha256.h"

#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

constexpr QStringView secretPrefix = u"whsec_";

QByteArray signatureOf(const QByteArray& key, QByteArrayView messageId, QByteArrayView timestamp,
                       QByteArrayView body)
{
    return Sha256::hmac(key, {messageId, ".", timestamp, ".", body}).toBase64();
}

// Time depends on the lengths only, not on where the first difference is.
bool equalInConstantTime(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

std::optional<qint64> parseTimestamp(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 18 ||
        !std::ranges::all_of(text, [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    return text.toLongLong();
}

} // namespace

QByteArray StandardWebhookSignature::sign(const QString& secret, QByteArrayView messageId, qint64 timestamp,
                                          QByteArrayView body)
{
    const std::optional<QByteArray> key = decodeSecret(secret);
    if (!key)
        throw HeraldError(tr("The webhook signing secret is not a valid \"whsec_\" secret."));
    if (messageId.isEmpty() || messageId.contains('.'))
        throw HeraldError(tr("A webhook message ID must not be empty or contain a full stop."));
    if (timestamp < 0)
        throw HeraldError(tr("A webhook timestamp must not be before 1970."));
    return "v1," + signatureOf(*key, messageId, QByteArray::number(timestamp), body);
}

QByteArray StandardWebhookSignature::sign(const QStringList& secrets, QByteArrayView messageId,
                                          qint64 timestamp, QByteArrayView body)
{
    QList<QByteArray> entries;
    for (const QString& secret : secrets)
        entries << sign(secret, messageId, timestamp, body);
    return entries.join(' ');
}

StandardWebhookSignature::Verdict
StandardWebhookSignature::verify(const QString& secret, QByteArrayView messageId, QByteArrayView timestamp,
                                 QByteArrayView signatures, QByteArrayView body, const QDateTime& now,
                                 qint64 toleranceSeconds)
{
    if (messageId.isEmpty() || timestamp.isEmpty() || signatures.trimmed().isEmpty())
        return Verdict::MissingHeader;
    const std::optional<qint64> sentAt = parseTimestamp(timestamp);
    if (!sentAt)
        return Verdict::MalformedTimestamp;
    const qint64 nowSeconds = now.toSecsSinceEpoch();
    if (*sentAt < nowSeconds - toleranceSeconds)
        return Verdict::TooOld;
    if (*sentAt > nowSeconds + toleranceSeconds)
        return Verdict::TooNew;
    const std::optional<QByteArray> key = decodeSecret(secret);
    if (!key)
        return Verdict::InvalidSecret;

    const QByteArray expected = signatureOf(*key, messageId, timestamp, body);
    bool matched = false;
    for (const QByteArray& entry : signatures.toByteArray().split(' ')) {
        const qsizetype comma = entry.indexOf(',');
        if (comma < 0 || entry.left(comma) != "v1")
            continue;
        // No early exit: every entry is compared, so timing says nothing about which one matched.
        matched |= equalInConstantTime(entry.mid(comma + 1), expected);
    }
    return matched ? Verdict::Valid : Verdict::NoMatchingSignature;
}

QString StandardWebhookSignature::describe(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Valid:
        return tr("The signature is valid.");
    case Verdict::MissingHeader:
        return tr("The webhook-id, webhook-timestamp or webhook-signature header is missing.");
    case Verdict::MalformedTimestamp:
        return tr("The webhook-timestamp header is not a Unix time in seconds.");
    case Verdict::TooOld:
        return tr("The webhook timestamp is too old.");
    case Verdict::TooNew:
        return tr("The webhook timestamp is too far in the future.");
    case Verdict::InvalidSecret:
        return tr("The webhook signing secret is not a valid \"whsec_\" secret.");
    case Verdict::NoMatchingSignature:
        return tr("No signature matches the secret.");
    }
    return {};
}

QString StandardWebhookSignature::generateSecret(int byteCount)
{
    if (byteCount < 24 || byteCount > 64)
        throw HeraldError(tr("A webhook signing secret must have 24 to 64 random bytes."));
    QByteArray bytes(byteCount, Qt::Uninitialized);
    QRandomGenerator* random = QRandomGenerator::system();
    for (char& byte : bytes)
        byte = static_cast<char>(random->bounded(256));
    return secretPrefix.toString() + QString::fromLatin1(bytes.toBase64());
}

std::optional<QByteArray> StandardWebhookSignature::decodeSecret(const QString& secret)
{
    QString text = secret.trimmed();
    if (text.startsWith(secretPrefix))
        text = text.mid(secretPrefix.size());
    QByteArray base64 = text.toLatin1();
    const bool wellFormed = std::ranges::all_of(base64, [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' ||
               c == '/' || c == '=';
    });
    if (base64.isEmpty() || !wellFormed)
        return std::nullopt;
    while (base64.size() % 4 != 0)
        base64 += '=';
    auto decoded = QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return std::nullopt;
    return decoded.decoded;
}

} // namespace Herald
