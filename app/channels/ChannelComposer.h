#pragma once

#include "channels/ChannelLimit.h"
#include "channels/ComposeInput.h"
#include "domain/ChannelMessage.h"

namespace Herald {

// Turns a template and its variables into exactly what one channel will carry.
class ChannelComposer {
public:
    virtual ~ChannelComposer() = default;
    virtual ChannelKind channel() const = 0;
    virtual ChannelMessage compose(const ComposeInput& input) const = 0;
    // The channel's limits measured on a message this composer made.
    virtual QList<ChannelLimit> limits(const ChannelMessage& message) const
    {
        Q_UNUSED(message);
        return {};
    }
};

} // namespace Herald
