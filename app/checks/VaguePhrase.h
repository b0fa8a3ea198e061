#pragma once

#include "checks/CheckSettings.h"
#include "checks/PhraseMatcher.h"
#include "checks/TextRule.h"

namespace Herald {

// Phrases that sound informative but say nothing: "some issues", "soon", "as soon as possible".
// Rule vague-phrase; each finding covers the phrase.
class VaguePhrase : public TextRule {
    Q_DECLARE_TR_FUNCTIONS(VaguePhrase)

public:
    explicit VaguePhrase(const CheckSettings& settings);

protected:
    QList<Finding> findIn(const QString& text, const QString& part,
                          const CheckContext& context) const override;

private:
    std::optional<Finding::Severity> m_severity;
    QStringList m_phrases;
    PhraseMatcher m_matcher;
};

} // namespace Herald
