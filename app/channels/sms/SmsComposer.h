#pragma once

#include "channels/ChannelComposer.h"

#include <QCoreApplication>

namespace Herald {

class SmsComposer final : public ChannelComposer {
    Q_DECLARE_TR_FUNCTIONS(SmsComposer)

public:
    ChannelKind channel() const override { return ChannelKind::Sms; }
    ChannelMessage compose(const ComposeInput& input) const override;
    // Segments carriers bill: more than one is allowed but costs and may arrive out of order,
    // so only more than maxSegments blocks.
    QList<ChannelLimit> limits(const ChannelMessage& message) const override;
    static constexpr int maxSegments = 3;
};

} // namespace Herald
