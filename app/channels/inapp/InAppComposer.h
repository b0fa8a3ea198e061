#pragma once

#include "channels/ChannelComposer.h"

#include <QCoreApplication>

namespace Herald {

// A banner across the top of the product's own app.
//
// ChannelMessage: title = banner title, text = banner text (one flowing line), wire = what the
// app fetches:
//   {"severity": "sev1".."sev4", "title", "text", "link"?, "dismissible"}
// "link" is the first URL variable with a value (a status page, usually), absent without one.
// An ongoing SEV1 banner cannot be dismissed: people must keep seeing it while it is true.
class InAppComposer final : public ChannelComposer {
    Q_DECLARE_TR_FUNCTIONS(InAppComposer)

public:
    ChannelKind channel() const override { return ChannelKind::InApp; }
    ChannelMessage compose(const ComposeInput& input) const override;
    // Banner text over textAdvice characters wraps to several lines and gets skipped (advice).
    QList<ChannelLimit> limits(const ChannelMessage& message) const override;

    static constexpr int textAdvice = 140;
    static bool dismissible(const Incident& incident);
};

} // namespace Herald
