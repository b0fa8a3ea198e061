#pragma once

#include "checks/CheckSettings.h"
#include "checks/PhraseMatcher.h"
#include "checks/TextRule.h"

#include <QRegularExpression>

namespace Herald {

// Words and strings customers should not have to decode: the settings' jargon list, plus internal
// host names (db-01.prod.internal), IPv4 and IPv6 addresses, HTTP and error codes ("HTTP 503",
// "502 Bad Gateway", "ERR_CONNECTION_RESET"), stack traces and ticket ids (JIRA-1234,
// INC0012345). Rule jargon; each finding covers the word or pattern.
class Jargon : public TextRule {
    Q_DECLARE_TR_FUNCTIONS(Jargon)

public:
    explicit Jargon(const CheckSettings& settings);

protected:
    QList<Finding> findIn(const QString& text, const QString& part,
                          const CheckContext& context) const override;

private:
    struct Pattern {
        QRegularExpression expression;
        const char* message; // translated on use; %1 is the match
    };
    static const QList<Pattern>& patterns();

    std::optional<Finding::Severity> m_severity;
    PhraseMatcher m_words;
};

} // namespace Herald
