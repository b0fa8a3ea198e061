#pragma once

#include "channels/SendOutcome.h"
#include "channels/http/HttpAnswer.h"
#include "channels/http/HttpRequest.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <functional>

namespace Herald {

class Clock;
class OutboxNetwork;

// The HTTP plumbing every sender shares, so each one only says what its provider wants:
//   HttpSend http(env.network, env.clock, env.timeoutMs);
//   http.post(http.request(url, {{"Content-Type", "application/json"}, {"Authorization", auth}}),
//             body, std::move(done), [](SendOutcome& outcome, const HttpAnswer& answer) {
//                 /* read errors, ids */ });
// Requests carry Herald's User-Agent, end after the timeout, do not follow redirects (Standard
// Webhooks: a redirect is a failure), and go only to addresses the network's AddressPolicy allows
// (no private networks unless allowed: SSRF). Answers become a SendOutcome by
// SendOutcome::fromHttp; a timeout says so, and an untrusted TLS certificate is permanent
// (Herald never turns verification off). Never blocks: `done` is called exactly once, on the
// network's thread.
class HttpSend {
    Q_DECLARE_TR_FUNCTIONS(HttpSend)

public:
    using Headers = HttpHeaders;
    using Done = std::function<void(const SendOutcome&)>;
    // Refines the classified outcome from the provider's answer: its error text, its id for the
    // message, a 200 that really is a failure.
    using Interpret = std::function<void(SendOutcome& outcome, const HttpAnswer& answer)>;

    HttpSend(OutboxNetwork& network, const Clock& clock, int timeoutMs);

    const Clock& clock() const { return m_clock; }
    int timeoutMs() const { return m_timeoutMs; }

    // A request to `url` with the common settings and these headers (raw names, in order).
    HttpRequest request(const QUrl& url, const Headers& headers = {}) const;
    void post(HttpRequest request, const QByteArray& body, Done done, Interpret interpret = {});
    void put(HttpRequest request, const QByteArray& body, Done done, Interpret interpret = {});
    // Any other verb (GET, PATCH, DELETE...).
    void send(const QByteArray& verb, HttpRequest request, const QByteArray& body, Done done,
              Interpret interpret = {});

    // The provider's reference from a response header (empty when absent).
    static QString headerReference(const HttpAnswer& answer, const QByteArray& header);
    // ... or from a JSON body: a top-level key, or a dotted path ("data.id"); numbers as text.
    static QString jsonReference(const QByteArray& body, const QString& path);
    // Adds the provider's own words to the message ("HTTP 400 Bad Request: invalid_payload"),
    // trimmed and cut to a readable length.
    static void addDetail(SendOutcome& outcome, const QString& detail);
    // The dry-run text of a request: "POST url\nName: value\n...\n\nbody". Redact before.
    static QString describe(const QByteArray& verb, const QString& url, const Headers& headers,
                            const QByteArray& body);

private:
    SendOutcome outcomeOf(const HttpRequest& request, const HttpAnswer& answer) const;

    OutboxNetwork& m_network;
    const Clock& m_clock;
    int m_timeoutMs;
};

} // namespace Herald
