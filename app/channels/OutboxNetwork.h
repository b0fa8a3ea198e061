#pragma once

#include "channels/AddressPolicy.h"

#include <QNetworkAccessManager>

namespace Herald {

// The network access of the outbox: a QNetworkAccessManager that carries the address policy
// its requests are held to, so every sender's HTTP (HttpSend) finds it where it finds the network.
class OutboxNetwork : public QNetworkAccessManager {
    Q_OBJECT
public:
    explicit OutboxNetwork(const AddressPolicy& addresses, QObject* parent = nullptr);
    const AddressPolicy& addressPolicy() const { return m_addresses; }
    void setAddressPolicy(const AddressPolicy& addresses) { m_addresses = addresses; }
    // The policy `network` carries; the default (no private ranges allowed) for any other manager.
    static AddressPolicy policyOf(const QNetworkAccessManager& network);

private:
    AddressPolicy m_addresses;
};

} // namespace Herald
