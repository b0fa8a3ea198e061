#include "channels/http/OutboxNetwork.h"

#include "channels/http/CurlMulti.h"

#include <QMutexLocker>

namespace Herald {

OutboxNetwork::OutboxNetwork(const AddressPolicy& addresses, QObject* parent)
    : QObject(parent)
    , m_addresses(addresses)
{
}

OutboxNetwork::~OutboxNetwork() = default;

AddressPolicy OutboxNetwork::addressPolicy() const
{
    QMutexLocker lock(&m_policyMutex);
    return m_addresses;
}

void OutboxNetwork::setAddressPolicy(const AddressPolicy& addresses)
{
    QMutexLocker lock(&m_policyMutex);
    m_addresses = addresses;
}

QString OutboxNetwork::refusal(const QHostAddress& address) const
{
    return addressPolicy().refusal(address);
}

void OutboxNetwork::send(HttpRequest request, Answered answered)
{
    if (!m_multi)
        m_multi = std::make_unique<CurlMulti>(
            [this](const QHostAddress& address) { return refusal(address); },
            // From the worker thread: one queued call takes all the answers waiting by then.
            [this] { QMetaObject::invokeMethod(this, &OutboxNetwork::takeAnswers, Qt::QueuedConnection); });
    const quint64 id = ++m_lastId;
    m_waiting.insert(id, std::move(answered));
    m_multi->submit(id, std::move(request));
}

void OutboxNetwork::takeAnswers()
{
    if (!m_multi)
        return;
    for (auto& [id, answer] : m_multi->takeAnswers()) {
        // Taken out first: an answer's handler may send the next request.
        if (Answered answered = m_waiting.take(id))
            answered(answer);
    }
}

} // namespace Herald
