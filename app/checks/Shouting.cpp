#include "checks/Shouting.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Herald {

Shouting::Shouting(const CheckSettings& settings) : m_severity(settings.severity(u"shouting"_s))
{
    for (const QString& acronym : settings.acronyms)
        m_acronyms.insert(acronym.toUpper());
}

QList<Finding> Shouting::findIn(const QString& text, const QString& part, const CheckContext& context) const
{
    Q_UNUSED(context);
    static const QRegularExpression capitals(uR"((?<![\p{L}\p{N}_])\p{Lu}{4,}(?![\p{L}\p{N}_]|-\d))"_s,
                                             QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression bangs(uR"(!{2,})"_s);
    QList<Finding> findings;
    if (!m_severity)
        return findings;
    for (auto it = capitals.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QString word = m.captured();
        if (m_acronyms.contains(word))
            continue;
        if (word == u"DRILL"_s && m.capturedStart() > 0 && text.at(m.capturedStart() - 1) == u'[' &&
            m.capturedEnd() < text.size() && text.at(m.capturedEnd()) == u']')
            continue; // the rehearsal marker is meant to stand out
        findings << Finding{u"shouting"_s,
                            *m_severity,
                            std::nullopt,
                            part,
                            int(m.capturedStart()),
                            int(m.capturedEnd()),
                            tr("\"%1\" in capitals reads as shouting: write it in lower case.").arg(word)};
    }
    for (auto it = bangs.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        findings << Finding{
            u"shouting"_s,
            *m_severity,
            std::nullopt,
            part,
            int(m.capturedStart()),
            int(m.capturedEnd()),
            tr("\"%1\" sounds alarmed: end the sentence with a full stop.").arg(m.captured())};
    }
    return findings;
}

} // namespace Herald
