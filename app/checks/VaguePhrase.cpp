#include "checks/VaguePhrase.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Herald {

VaguePhrase::VaguePhrase(const CheckSettings& settings)
    : m_severity(settings.severity(u"vague-phrase"_s))
    , m_phrases(settings.vaguePhrases)
    , m_matcher(m_phrases)
{
}

QList<Finding> VaguePhrase::findIn(const QString& text, const QString& part,
                                   const CheckContext& context) const
{
    Q_UNUSED(context);
    static const QRegularExpression when(uR"(\b(?:soon|shortly|asap|possible|future|point)\b)"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression who(uR"(\b(?:users?|customers?)\b)"_s,
                                        QRegularExpression::CaseInsensitiveOption);
    QList<Finding> findings;
    if (!m_severity)
        return findings;
    for (const PhraseMatcher::Match& m : m_matcher.matches(text)) {
        const QString phrase = text.mid(m.start, m.end - m.start);
        const QString& listed = m_phrases.at(m.phrase);
        QString message;
        if (when.match(listed).hasMatch())
            message = tr("\"%1\" does not say when: give a time (\"by 15:30 UTC\").").arg(phrase);
        else if (who.match(listed).hasMatch())
            message = tr("\"%1\" does not say who: say which customers, or how many.").arg(phrase);
        else
            message = tr("\"%1\" is vague: say what fails and what still works.").arg(phrase);
        findings << Finding{u"vague-phrase"_s, *m_severity, std::nullopt, part, m.start, m.end, message};
    }
    return findings;
}

} // namespace Herald
