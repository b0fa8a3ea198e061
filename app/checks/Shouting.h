#pragma once

#include "checks/CheckSettings.h"
#include "checks/TextRule.h"

#include <QSet>

namespace Herald {

// Capitals read as shouting: words of four or more letters all in capitals, and runs of two or
// more "!". Acronyms from the settings, the "[DRILL]" marker and ticket ids (JIRA-12) are fine.
// Rule shouting.
class Shouting : public TextRule {
    Q_DECLARE_TR_FUNCTIONS(Shouting)

public:
    explicit Shouting(const CheckSettings& settings);

protected:
    QList<Finding> findIn(const QString& text, const QString& part,
                          const CheckContext& context) const override;

private:
    std::optional<Finding::Severity> m_severity;
    QSet<QString> m_acronyms;
};

} // namespace Herald
