#pragma once

#include "checks/CheckRule.h"

namespace Herald {

// The template's own problems (syntax, unknown or missing values) as findings that always block:
// the text would go out broken. Rule template; no channel, no span (start == end == 0).
class TemplateFindings : public CheckRule {
public:
    QList<Finding> check(const CheckContext& context) const override;
};

} // namespace Herald
