#include "checks/WordingChecker.h"

#include "channels/UpdateComposer.h"
#include "checks/BlameOrSpeculation.h"
#include "checks/Consistency.h"
#include "checks/HiddenCharacters.h"
#include "checks/Jargon.h"
#include "checks/MissingEssentials.h"
#include "checks/OverLimit.h"
#include "checks/ReadingGrade.h"
#include "checks/Shouting.h"
#include "checks/TemplateFindings.h"
#include "checks/VaguePhrase.h"

#include <future>
#include <thread>

using namespace Qt::StringLiterals;

namespace Herald {

WordingChecker::WordingChecker(const CheckSettings& settings) : m_settings(settings)
{
    m_rules.push_back(std::make_unique<TemplateFindings>());
    m_rules.push_back(std::make_unique<MissingEssentials>(settings));
    m_rules.push_back(std::make_unique<VaguePhrase>(settings));
    m_rules.push_back(std::make_unique<Jargon>(settings));
    m_rules.push_back(std::make_unique<ReadingGrade>(settings));
    m_rules.push_back(std::make_unique<Shouting>(settings));
    m_rules.push_back(std::make_unique<BlameOrSpeculation>(settings));
    m_rules.push_back(std::make_unique<OverLimit>(settings));
    m_rules.push_back(std::make_unique<Consistency>(settings));
    m_rules.push_back(std::make_unique<HiddenCharacters>(settings));
}

WordingChecker::~WordingChecker() = default;
WordingChecker::WordingChecker(WordingChecker&&) noexcept = default;
WordingChecker& WordingChecker::operator=(WordingChecker&&) noexcept = default;

QList<Finding> WordingChecker::check(const ComposedUpdate& update, const Incident& incident,
                                     const UpdateComposer& composer, const QString& locale) const
{
    const CheckContext context{update, incident.status, incident.components, &composer, locale};
    // The checks run on every preview refresh while someone types; rules share nothing, so on a
    // machine with more than one core half of them run on a second thread.
    const auto runEvery = [&](int first) {
        QList<Finding> found;
        for (size_t i = first; i < m_rules.size(); i += 2)
            found << m_rules.at(i)->check(context);
        return found;
    };
    QList<Finding> findings;
    if (std::thread::hardware_concurrency() > 1) {
        auto other = std::async(std::launch::async, runEvery, 1);
        findings = runEvery(0);
        findings << other.get();
    } else {
        findings = runEvery(0) + runEvery(1);
    }
    sort(findings);
    return findings;
}

QList<Finding> WordingChecker::checkText(const QString& text, std::optional<IncidentStatus> status,
                                         const QString& locale) const
{
    static const ComposedUpdate none;
    const CheckContext context{none, status, {}, nullptr, locale};
    QList<Finding> findings;
    for (const auto& rule : m_rules)
        findings << rule->checkText(text, context);
    sort(findings);
    return findings;
}

int WordingChecker::blockingCount(const QList<Finding>& findings)
{
    return int(
        std::count_if(findings.cbegin(), findings.cend(), [](const Finding& f) { return f.blocks(); }));
}

void WordingChecker::sort(QList<Finding>& findings)
{
    const auto key = [](const Finding& f) {
        return std::tuple(f.channel.has_value(), f.channel ? int(*f.channel) : -1, f.part != u"title"_s,
                          f.start, f.end, f.rule);
    };
    std::stable_sort(findings.begin(), findings.end(),
                     [&](const Finding& a, const Finding& b) { return key(a) < key(b); });
}

} // namespace Herald
