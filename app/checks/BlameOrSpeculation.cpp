#include "checks/BlameOrSpeculation.h"

using namespace Qt::StringLiterals;

namespace Herald {

BlameOrSpeculation::BlameOrSpeculation(const CheckSettings& settings)
    : m_severity(settings.severity(u"blame-speculation"_s))
    , m_blameCount(int(settings.blamePhrases.size()))
    , m_matcher(settings.blamePhrases + settings.speculationPhrases)
{
}

QList<Finding> BlameOrSpeculation::findIn(const QString& text, const QString& part,
                                          const CheckContext& context) const
{
    Q_UNUSED(context);
    QList<Finding> findings;
    if (!m_severity)
        return findings;
    for (const PhraseMatcher::Match& m : m_matcher.matches(text)) {
        const QString phrase = text.mid(m.start, m.end - m.start);
        const QString message = m.phrase < m_blameCount ? tr("\"%1\" blames someone: say what happened and "
                                                             "what you are doing, not whose fault it is.")
                                                              .arg(phrase)
                                                        : tr("\"%1\" is a guess: say only what you know, and "
                                                             "that you are still confirming the cause.")
                                                              .arg(phrase);
        findings << Finding{u"blame-speculation"_s, *m_severity, std::nullopt, part, m.start, m.end, message};
    }
    return findings;
}

} // namespace Herald
