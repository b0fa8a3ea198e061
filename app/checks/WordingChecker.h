#pragma once

#include "channels/ComposedUpdate.h"
#include "checks/CheckRule.h"
#include "checks/CheckSettings.h"
#include "domain/Incident.h"

#include <memory>
#include <vector>

namespace Herald {

class UpdateComposer;

// Runs every enabled wording rule. Build one per settings (rules compile their phrase lists
// once); checking is const and does not touch shared state.
class WordingChecker {
public:
    explicit WordingChecker(const CheckSettings& settings = CheckSettings());
    ~WordingChecker();
    WordingChecker(WordingChecker&&) noexcept;
    WordingChecker& operator=(WordingChecker&&) noexcept;

    // Every channel's text and title, the update as a whole, its limits (through composer) and
    // its template problems. Sorted by channel (none first), part, start.
    QList<Finding> check(const ComposedUpdate& update, const Incident& incident,
                         const UpdateComposer& composer, const QString& locale = QStringLiteral("en")) const;
    // One plain text (no channel, part "text"). Without a status the text is taken to be about an
    // ongoing incident, so it needs a next-update time.
    QList<Finding> checkText(const QString& text, std::optional<IncidentStatus> status = std::nullopt,
                             const QString& locale = QStringLiteral("en")) const;

    const CheckSettings& settings() const { return m_settings; }

    static int blockingCount(const QList<Finding>& findings);
    static void sort(QList<Finding>& findings);

private:
    CheckSettings m_settings;
    std::vector<std::unique_ptr<CheckRule>> m_rules;
};

} // namespace Herald
