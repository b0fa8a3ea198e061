#include "checks/ReadingGrade.h"

#include "checks/FleschKincaid.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace Herald {

ReadingGrade::ReadingGrade(const CheckSettings& settings)
    : m_severity(settings.severity(u"reading-grade"_s))
    , m_target(settings.readingGradeTarget)
{
}

QList<Finding> ReadingGrade::findIn(const QString& text, const QString& part,
                                    const CheckContext& context) const
{
    if (!m_severity || part != u"text"_s || !context.isEnglish())
        return {};
    const FleschKincaid::Result result = FleschKincaid::measure(text);
    // Compared as shown (one decimal), so "8.0" is never reported as above 8.
    const double shown = std::round(result.grade * 10) / 10;
    if (result.words < minimumWords || shown <= m_target)
        return {};
    return {Finding{u"reading-grade"_s, *m_severity, std::nullopt, part, 0, int(text.size()),
                    tr("Reading grade %1 is above the target of %2: use shorter sentences and plainer words.")
                        .arg(shown, 0, 'f', 1)
                        .arg(m_target)}};
}

} // namespace Herald
