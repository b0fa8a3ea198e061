#pragma once

#include "checks/CheckContext.h"
#include "checks/Finding.h"

#include <QList>

namespace Herald {

// One wording check. Rules are built from CheckSettings (their phrases and severities) and are
// then const, so one checker can run on any thread.
class CheckRule {
public:
    virtual ~CheckRule() = default;
    // Findings for a whole composed update.
    virtual QList<Finding> check(const CheckContext& context) const = 0;
    // Findings for plain text (herald-cli lint --file); channel is left empty. Rules that need
    // channels (limits, consistency) find nothing here.
    virtual QList<Finding> checkText(const QString& text, const CheckContext& context) const
    {
        Q_UNUSED(text);
        Q_UNUSED(context);
        return {};
    }
};

} // namespace Herald
