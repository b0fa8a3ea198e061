#pragma once

#include "domain/ChannelEndpoint.h"
#include "timeline/ChainHead.h"

#include <QByteArray>

namespace Herald {

// What a sender needs beyond the outbox row: the endpoint as configured now (its settings and
// address) and its credential from the system keychain.
struct SendContext {
    ChannelEndpoint endpoint;
    QByteArray secret; // empty when the endpoint has none stored
    // The timeline's head as last committed when the send starts, carried beside the approved
    // payload (never inside it: the approval's content hash binds those bytes), so receivers
    // hold a witness of the chain (webhook header herald-chain-head, status page summary.json).
    // Empty when the dispatcher has none to give.
    ChainHead chainHead = {};
};

} // namespace Herald
