#pragma once

#include "checks/CheckSettings.h"
#include "checks/TextRule.h"

namespace Herald {

// The Flesch-Kincaid grade of a channel's text above the target (English only; titles and texts
// of fewer than minimumWords words are skipped, the formula means little on them). One finding
// over the whole text, stating the grade. Rule reading-grade.
class ReadingGrade : public TextRule {
    Q_DECLARE_TR_FUNCTIONS(ReadingGrade)

public:
    explicit ReadingGrade(const CheckSettings& settings);
    static constexpr int minimumWords = 10;

protected:
    QList<Finding> findIn(const QString& text, const QString& part,
                          const CheckContext& context) const override;

private:
    std::optional<Finding::Severity> m_severity;
    int m_target = 8;
};

} // namespace Herald
