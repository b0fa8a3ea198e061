#pragma once

#include "channels/AddressPolicy.h"
#include "channels/http/HttpAnswer.h"
#include "channels/http/HttpRequest.h"

#include <QHash>
#include <QMutex>
#include <QObject>

#include <functional>
#include <memory>

namespace Herald {

class CurlMulti;

// The network of the outbox: HTTP requests go out through libcurl on a thread of their own, and
// each answer comes back on the thread this object lives on (the dispatcher's), in batches, so a
// busy outbox costs its own thread little per request. Every connection is held to the address
// policy (no private networks unless allowed: SSRF), checked on the address actually connected to.
class OutboxNetwork final : public QObject {
    Q_OBJECT
public:
    using Answered = std::function<void(const HttpAnswer&)>;

    explicit OutboxNetwork(const AddressPolicy& addresses = {}, QObject* parent = nullptr);
    ~OutboxNetwork() override; // requests still out are dropped: their `answered` is never called

    AddressPolicy addressPolicy() const;
    // From the next connection on (File → Channels).
    void setAddressPolicy(const AddressPolicy& addresses);

    // Never blocks; `answered` is called exactly once, on this object's thread.
    void send(HttpRequest request, Answered answered);

private:
    void takeAnswers();
    QString refusal(const QHostAddress& address) const; // on the worker thread

    mutable QMutex m_policyMutex;
    AddressPolicy m_addresses;
    std::unique_ptr<CurlMulti> m_multi; // started with the first request
    QHash<quint64, Answered> m_waiting;
    quint64 m_lastId = 0;
};

} // namespace Herald
