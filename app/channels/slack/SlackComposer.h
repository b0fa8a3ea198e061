#pragma once

#include "channels/ChannelComposer.h"

namespace Herald {

// A Block Kit message for a Slack incoming webhook: a header, the text as mrkdwn, and a context
// line with status, severity and affected components.
class SlackComposer final : public ChannelComposer {
public:
    ChannelKind channel() const override { return ChannelKind::Slack; }
    ChannelMessage compose(const ComposeInput& input) const override;
    // Status, severity and components, escaped for mrkdwn.
    static QString contextLine(const Incident& incident);
};

} // namespace Herald
