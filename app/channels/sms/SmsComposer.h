#pragma once

#include "channels/ChannelComposer.h"

namespace Herald {

class SmsComposer final : public ChannelComposer {
public:
    ChannelKind channel() const override { return ChannelKind::Sms; }
    ChannelMessage compose(const ComposeInput& input) const override;
};

} // namespace Herald
