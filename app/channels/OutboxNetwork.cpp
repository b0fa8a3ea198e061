#include "channels/OutboxNetwork.h"

namespace Herald {

OutboxNetwork::OutboxNetwork(const AddressPolicy& addresses, QObject* parent)
    : QNetworkAccessManager(parent)
    , m_addresses(addresses)
{
}

AddressPolicy OutboxNetwork::policyOf(const QNetworkAccessManager& network)
{
    const auto* outbox = qobject_cast<const OutboxNetwork*>(&network);
    return outbox ? outbox->addressPolicy() : AddressPolicy();
}

} // namespace Herald
