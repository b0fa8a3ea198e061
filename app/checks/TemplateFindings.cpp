#include "checks/TemplateFindings.h"

using namespace Qt::StringLiterals;

namespace Herald {

QList<Finding> TemplateFindings::check(const CheckContext& context) const
{
    QList<Finding> findings;
    for (const TemplateProblem& problem : context.update.problems)
        findings << Finding{u"template"_s,     Finding::Severity::Blocking, std::nullopt, u"text"_s, 0, 0,
                            problem.toString()};
    return findings;
}

} // namespace Herald
