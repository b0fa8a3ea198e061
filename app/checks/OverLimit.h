#pragma once

#include "channels/ChannelLimit.h"
#include "checks/CheckRule.h"
#include "checks/CheckSettings.h"

namespace Herald {

// Every channel limit (UpdateComposer::limits) a message does not fit. A limit the channel
// enforces blocks (at most the configured severity); one it only advises on is a warning. The
// limit's key says what it measures (ChannelLimit::measuresTitle): the finding spans the whole
// title for title limits, else the whole text (payload, post and segment limits too, since the
// text is what people shorten).
// Rule over-limit.
class OverLimit : public CheckRule {
    Q_DECLARE_TR_FUNCTIONS(OverLimit)

public:
    explicit OverLimit(const CheckSettings& settings);
    QList<Finding> check(const CheckContext& context) const override;

    // "title" when the limit's key measures the title (subject, header, ...); "text" otherwise.
    static QString partOf(const ChannelLimit& limit);

private:
    std::optional<Finding::Severity> m_severity;
};

} // namespace Herald
