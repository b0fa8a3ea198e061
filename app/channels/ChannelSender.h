#pragma once

#include "channels/SendContext.h"
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
    // Whether send() needs the endpoint's credential from the keychain.
    virtual bool needsSecret() const { return false; }
    virtual void send(const Delivery& delivery, const SendContext& context, Done done) = 0;

protected:
    // For a sender that cannot go on (no credential, a bad setting): a person must look.
    static SendOutcome permanent(const QString& message)
    {
        SendOutcome outcome;
        outcome.kind = SendOutcome::Kind::Permanent;
        outcome.message = message;
        return outcome;
    }
};

} // namespace Herald
