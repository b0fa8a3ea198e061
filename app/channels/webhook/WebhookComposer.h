#pragma once

#include "channels/ChannelComposer.h"

namespace Herald {

// The generic webhook's JSON body, schema "herald.update" version 1 (see
// templates/../README.md "Webhook payload"). Fields are only ever added within a version.
class WebhookComposer final : public ChannelComposer {
public:
    static constexpr int schemaVersion = 1;
    ChannelKind channel() const override { return ChannelKind::Webhook; }
    ChannelMessage compose(const ComposeInput& input) const override;
};

} // namespace Herald
