#pragma once

#include "checks/CheckSettings.h"
#include "checks/TextRule.h"

#include <QRegularExpression>

namespace Herald {

// Every update tells customers what they notice (impact), what they can do, and when the next
// update comes. Looks at the draft as a whole: in an update, only the richest channel (email, else
// the status page, else the longest text) is checked, since short channels may leave things out. No
// next-update time is needed once the incident is resolved or the maintenance completed. Rules:
// missing-impact, missing-action, missing-next-update; each finding covers the whole text (start == end ==
// 0).
class MissingEssentials : public TextRule {
    Q_DECLARE_TR_FUNCTIONS(MissingEssentials)

public:
    explicit MissingEssentials(const CheckSettings& settings);
    QList<Finding> check(const CheckContext& context) const override;

    static bool statesImpact(const QString& text);
    static bool statesAction(const QString& text);
    static bool statesNextUpdate(const QString& text);

protected:
    QList<Finding> findIn(const QString& text, const QString& part,
                          const CheckContext& context) const override;

private:
    std::optional<Finding::Severity> m_impact;
    std::optional<Finding::Severity> m_action;
    std::optional<Finding::Severity> m_nextUpdate;
};

} // namespace Herald
