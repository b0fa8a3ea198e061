#pragma once

#include "checks/CheckRule.h"

namespace Herald {

// A rule that looks at one piece of text at a time: every channel's title and text are checked
// alike, and plain text is just one more piece.
class TextRule : public CheckRule {
public:
    QList<Finding> check(const CheckContext& context) const override;
    QList<Finding> checkText(const QString& text, const CheckContext& context) const override;

protected:
    // Findings in text with rule, severity, start, end and message set; part is "text" or "title".
    virtual QList<Finding> findIn(const QString& text, const QString& part,
                                  const CheckContext& context) const = 0;
};

} // namespace Herald
