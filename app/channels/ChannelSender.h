#pragma once

#include "channels/SendOutcome.h"
#include "domain/Delivery.h"

#include <functional>

namespace Herald {

// Hands one outbox row to a provider. Senders live on the dispatcher's thread, never block,
// and call done exactly once per send.
class ChannelSender {
public:
    using Done = std::function<void(const SendOutcome&)>;
    virtual ~ChannelSender() = default;
    virtual ChannelKind channel() const = 0;
    virtual void send(const Delivery& delivery, Done done) = 0;
};

} // namespace Herald
