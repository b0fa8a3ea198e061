#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace Herald {

// Standard Webhooks v1 symmetric signatures: webhook-signature carries "v1,<base64 HMAC-SHA256>"
// of "<webhook-id>.<webhook-timestamp>.<body>", keyed with the endpoint's "whsec_<base64>" secret.
// The asymmetric "v1a" (ed25519) scheme is not supported: Qt has no ed25519.
class StandardWebhookSignature {
    Q_DECLARE_TR_FUNCTIONS(StandardWebhookSignature)

public:
    // The reference libraries' window, both ways, against replay and skewed clocks.
    static constexpr qint64 defaultToleranceSeconds = 5 * 60;

    enum class Verdict {
        Valid,
        MissingHeader,       // an empty webhook-id, webhook-timestamp or webhook-signature
        MalformedTimestamp,  // not plain decimal Unix seconds
        TooOld,              // older than now - tolerance
        TooNew,              // newer than now + tolerance
        InvalidSecret,       // the secret is not base64
        NoMatchingSignature, // no v1 entry matches
    };

    // The webhook-signature value for one secret. Throws HeraldError for a secret that is not
    // base64, an empty message id or one containing '.', or a negative timestamp.
    static QByteArray sign(const QString& secret, QByteArrayView messageId, qint64 timestamp,
                           QByteArrayView body);
    // During a key rotation: one entry per secret, space-separated, so either key verifies.
    static QByteArray sign(const QStringList& secrets, QByteArrayView messageId, qint64 timestamp,
                           QByteArrayView body);

    // Checks the three header values as received. Any "v1" entry may match; other versions are
    // skipped. Signatures are compared in constant time.
    static Verdict verify(const QString& secret, QByteArrayView messageId, QByteArrayView timestamp,
                          QByteArrayView signatures, QByteArrayView body, const QDateTime& now,
                          qint64 toleranceSeconds = defaultToleranceSeconds);
    // For people: why a delivery's signature was refused.
    static QString describe(Verdict verdict);

    // A new endpoint secret: "whsec_" + base64 of byteCount random bytes (the spec asks 24 to 64).
    static QString generateSecret(int byteCount = 32);
    // The key bytes of "whsec_<base64>", also without the prefix and with the '=' padding left
    // off, as the reference libraries accept; nothing when it is not base64.
    static std::optional<QByteArray> decodeSecret(const QString& secret);
};

} // namespace Herald
