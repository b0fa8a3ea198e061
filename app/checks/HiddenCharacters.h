#pragma once

#include "checks/CheckSettings.h"
#include "checks/TextRule.h"

namespace Herald {

// Text that reads differently than it displays: NUL and other control characters (a tab and
// line breaks aside), and the bidirectional overrides and isolates (U+202A-U+202E,
// U+2066-U+2069) that reorder what follows them on screen ("Trojan Source"). None belongs in
// customer text, and a reviewer cannot see them, so by default they block. Rule
// hidden-characters.
class HiddenCharacters : public TextRule {
    Q_DECLARE_TR_FUNCTIONS(HiddenCharacters)

public:
    explicit HiddenCharacters(const CheckSettings& settings);

protected:
    QList<Finding> findIn(const QString& text, const QString& part,
                          const CheckContext& context) const override;

private:
    std::optional<Finding::Severity> m_severity;
};

} // namespace Herald
