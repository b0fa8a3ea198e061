#include "checks/HiddenCharacters.h"

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
// What the character does, or nothing when it is an ordinary one.
QString hiddenWhat(char16_t c)
{
    if (c == 0)
        return HiddenCharacters::tr("a NUL character, which many services cut the text at");
    if ((c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || c == 0x7f)
        return HiddenCharacters::tr("a control character, which shows as nothing or garbage");
    if (c >= 0x202a && c <= 0x202e)
        return HiddenCharacters::tr("a bidirectional embedding or override, which reorders the text after "
                                    "it on screen");
    if (c >= 0x2066 && c <= 0x2069)
        return HiddenCharacters::tr("a bidirectional isolate, which reorders the text around it on screen");
    return {};
}
} // namespace

HiddenCharacters::HiddenCharacters(const CheckSettings& settings)
    : m_severity(settings.severity(u"hidden-characters"_s))
{
}

QList<Finding> HiddenCharacters::findIn(const QString& text, const QString& part,
                                        const CheckContext& context) const
{
    Q_UNUSED(context);
    QList<Finding> findings;
    if (!m_severity)
        return findings;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QString what = hiddenWhat(text.at(i).unicode());
        if (what.isEmpty())
            continue;
        // A run of the same kind is one finding.
        qsizetype end = i + 1;
        while (end < text.size() && hiddenWhat(text.at(end).unicode()) == what)
            ++end;
        findings << Finding{u"hidden-characters"_s,
                            *m_severity,
                            std::nullopt,
                            part,
                            int(i),
                            int(end),
                            tr("%1 at character %2 is %3: remove it, the text would read differently "
                               "than it displays.")
                                .arg(u"U+%1"_s.arg(uint(text.at(i).unicode()), 4, 16, QChar(u'0')).toUpper())
                                .arg(i + 1)
                                .arg(what)};
        i = end - 1;
    }
    return findings;
}

} // namespace Herald
