#pragma once

#include "checks/CheckRule.h"
#include "checks/CheckSettings.h"

namespace Herald {

// The channels of one update must not contradict each other. Each channel's title and text
// together are one variant; the reference is the longest variant that states the thing:
// - next-update time (a time in a sentence about an update): a variant stating a different
//   time blocks;
// - status (investigating, identified, ..., completed): a variant whose status words share none
//   with the reference's blocks;
// - affected components (the incident's component names): a variant naming some components but
//   not all that other variants name is at most a warning.
// Findings point at the differing time or status word in the later variant and name both
// channels. Rule consistency.
class Consistency : public CheckRule {
    Q_DECLARE_TR_FUNCTIONS(Consistency)

public:
    explicit Consistency(const CheckSettings& settings);
    QList<Finding> check(const CheckContext& context) const override;

private:
    std::optional<Finding::Severity> m_severity;
};

} // namespace Herald
