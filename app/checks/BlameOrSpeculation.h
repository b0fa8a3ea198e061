#pragma once

#include "checks/CheckSettings.h"
#include "checks/PhraseMatcher.h"
#include "checks/TextRule.h"

namespace Herald {

// Blaming someone ("human error", "due to the vendor's error") or guessing about the cause ("we
// think", "probably") in a public message. Rule blame-speculation; each finding covers the phrase.
class BlameOrSpeculation : public TextRule {
    Q_DECLARE_TR_FUNCTIONS(BlameOrSpeculation)

public:
    explicit BlameOrSpeculation(const CheckSettings& settings);

protected:
    QList<Finding> findIn(const QString& text, const QString& part,
                          const CheckContext& context) const override;

private:
    std::optional<Finding::Severity> m_severity;
    int m_blameCount = 0; // phrases before this index are blame, the rest speculation
    PhraseMatcher m_matcher;
};

} // namespace Herald
