#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Herald {

// What one attempt to hand a message to a provider came to.
struct SendOutcome {
    enum class Kind {
        Delivered,     // accepted by the provider (2xx)
        Retry,         // worth trying again: timeouts, resets, 429, 5xx
        Permanent,     // a person must look: most 4xx, bad credentials, 410
        AwaitingPerson // a manual endpoint: nothing sent; the row waits for a person to send it
    };

    Kind kind = Kind::Retry;
    QString message;           // for people: "HTTP 503 Service Unavailable", "connection refused"
    QString providerReference; // the provider's id for the message, when it gives one
    std::optional<qint64> retryAfterSeconds;
    int httpStatus = 0;

    // Standard Webhooks' classification of an HTTP answer (or of no answer: status 0).
    // `now` (from the injected clock) turns a Retry-After date into seconds.
    static SendOutcome fromHttp(int status, const QString& reason, const QByteArray& retryAfter,
                                const QString& networkError, const QDateTime& now);
};

} // namespace Herald
