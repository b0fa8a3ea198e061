#pragma once

#include "domain/ChannelEndpoint.h"

#include <QByteArray>

namespace Herald {

// What a sender needs beyond the outbox row: the endpoint as configured now (its settings and
// address) and its credential from the system keychain.
struct SendContext {
    ChannelEndpoint endpoint;
    QByteArray secret; // empty when the endpoint has none stored
};

} // namespace Herald
