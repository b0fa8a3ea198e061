#pragma once

#include "channels/SendContext.h"
#include "channels/SendOutcome.h"
#include "channels/SettingField.h"
#include "domain/Delivery.h"

#include <functional>
#include <optional>

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
    // The provider's documented request rate per endpoint; 0: none. An endpoint may set its own.
    virtual double defaultRatePerSecond() const { return 0; }
    // The options an endpoint of this channel takes besides its address (none by default).
    virtual QList<SettingField> settingFields() const { return {}; }
    // What is wrong with an endpoint's settings, for the settings dialog; empty when fine.
    virtual QString validate(const ChannelEndpoint&) const { return {}; }
    // The exact request send() would make, with credentials redacted: the settings dialog's
    // dry run. By default, the payload.
    virtual QString dryRun(const Delivery& delivery, const SendContext&) const
    {
        return QString::fromUtf8(delivery.payload);
    }

protected:
    // What a credentialed sender checks before any request: a credential is stored, and the
    // endpoint is valid at the delivery's address (a drill's sandbox). The outcome to give up
    // with, or none.
    std::optional<SendOutcome> refusal(const Delivery& delivery, const SendContext& context,
                                       const QString& noCredential) const
    {
        if (context.secret.isEmpty())
            return permanent(noCredential);
        ChannelEndpoint target = context.endpoint;
        target.address = delivery.target;
        if (const QString problem = validate(target); !problem.isEmpty())
            return permanent(problem);
        return std::nullopt;
    }

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
