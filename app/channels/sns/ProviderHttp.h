#pragma once

#include "channels/SendOutcome.h"
#include "channels/http/HttpSend.h"
#include "signing/SigV4Request.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QUrl>

#include <functional>
#include <optional>

namespace Herald {

class Clock;
class OutboxNetwork;

// HttpSend for the provider API senders, with the request as data: SigV4 signs exactly the
// headers and body that go out, the dry run shows the same request redacted, and a sender that
// makes several calls (a session, then a post) reads each answer's body and status.
class ProviderHttp {
    Q_DECLARE_TR_FUNCTIONS(ProviderHttp)

public:
    struct Request {
        QByteArray method = "POST";
        QUrl url;
        HttpHeaderList headers;
        QByteArray body;
    };
    struct Answer {
        SendOutcome outcome; // from the status alone; senders refine it from the body
        QByteArray body;
        int status = 0;
    };
    using Finished = std::function<void(const Answer&)>;

    ProviderHttp(OutboxNetwork& network, const Clock& clock, int timeoutMs);
    void send(const Request& request, Finished finished) const;
    const Clock& clock() const { return m_send.clock(); }

    // The request as text for a dry run: Authorization shows its scheme only ("Basic ***").
    static QString describe(const Request& request);
    // application/x-www-form-urlencoded, every reserved byte escaped (space as %20).
    static QByteArray formEncode(const QList<std::pair<QString, QString>>& fields);

    // When a provider's rate limit window ends, for a 429 without Retry-After.
    static std::optional<qint64> rateLimitReset(const HttpAnswer& reply, const QDateTime& now);

private:
    mutable HttpSend m_send;
};

} // namespace Herald
