#include "checks/Jargon.h"

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
constexpr auto unicode = QRegularExpression::UseUnicodePropertiesOption;
constexpr auto anyCase =
    QRegularExpression::UseUnicodePropertiesOption | QRegularExpression::CaseInsensitiveOption;
} // namespace

const QList<Jargon::Pattern>& Jargon::patterns()
{
    static const QList<Pattern> list{
        {QRegularExpression(
             uR"((?<![\w.-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:internal|local|lan|corp|intranet|intra|prod|production|stg|staging|svc|cluster\.local)(?![\w-]))"_s,
             anyCase),
         QT_TRANSLATE_NOOP("Jargon",
                           "\"%1\" is an internal host name: name the service as customers know it.")},
        {QRegularExpression(
             uR"((?<![\w.])(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}(?:/\d{1,2})?(?![\w.]|\.\d))"_s,
             unicode),
         QT_TRANSLATE_NOOP("Jargon", "\"%1\" is an IP address: leave it out, or name the service.")},
        {QRegularExpression(
             uR"((?<![\w:])(?=:*[0-9a-f])(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){7}|(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4})*)?::(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4})*)?)(?:/\d{1,3})?(?![\w:]))"_s,
             anyCase),
         QT_TRANSLATE_NOOP("Jargon", "\"%1\" is an IP address: leave it out, or name the service.")},
        {QRegularExpression(
             uR"(\bHTTP(?:/\d(?:\.\d)?)?\s*[1-5]\d\d\b|\b[45]\d\d\s+(?:Bad Gateway|Service Unavailable|Gateway Time-?out|Internal Server Error|Not Found|Forbidden|Unauthorized|Bad Request|Too Many Requests|Request Timeout)\b|\b(?:status|error|response)\s+(?:code\s+)?[45]\d\d\b)"_s,
             anyCase),
         QT_TRANSLATE_NOOP("Jargon", "\"%1\" is an error code: say what customers see instead.")},
        {QRegularExpression(
             uR"(\b(?:ERR_[A-Z0-9_]+|E(?:CONNRESET|CONNREFUSED|TIMEDOUT|NOTFOUND|HOSTUNREACH|PIPE|ADDRINUSE)|ORA-\d{5}|SQLSTATE\s*\[?\w+\]?)\b)"_s,
             unicode),
         QT_TRANSLATE_NOOP("Jargon", "\"%1\" is an error code: say what customers see instead.")},
        {QRegularExpression(
             uR"(\bat\s+[\w$]+(?:\.[\w$<>]+)+\([^)\n]*\)|Traceback \(most recent call last\):?|\bTraceback\b|Exception in thread\s+"[^"\n]*"|\bFile\s+"[^"\n]+",\s+line\s+\d+|\b(?:[a-z_][\w]*\.)+[A-Z]\w*(?:Exception|Error)\b|\b[A-Z]\w*Exception\b|\bsegmentation fault\b|\bcore dumped\b)"_s,
             unicode),
         QT_TRANSLATE_NOOP("Jargon", "\"%1\" is part of a stack trace: leave technical output out.")},
        {QRegularExpression(
             uR"(\b(?!(?:UTF|SHA|ISO|COVID|MD|RFC|TLS|SSL|CVE|PCI|SOC|WCAG|IPV|HTTP|GMT|UTC)-)[A-Z][A-Z0-9]{1,9}-\d{1,7}\b|\b(?:INC|CHG|PRB|RITM|REQ|TASK|CS)\d{5,}\b)"_s,
             unicode),
         QT_TRANSLATE_NOOP("Jargon", "\"%1\" looks like an internal ticket id: leave it out.")},
    };
    return list;
}

Jargon::Jargon(const CheckSettings& settings)
    : m_severity(settings.severity(u"jargon"_s))
    , m_words(settings.jargonWords)
{
}

QList<Finding> Jargon::findIn(const QString& text, const QString& part, const CheckContext& context) const
{
    Q_UNUSED(context);
    QList<Finding> findings;
    if (!m_severity)
        return findings;
    const auto overlaps = [&](qsizetype start, qsizetype end) {
        return std::any_of(findings.cbegin(), findings.cend(),
                           [&](const Finding& f) { return start < f.end && f.start < end; });
    };
    for (const Pattern& pattern : patterns()) {
        for (auto it = pattern.expression.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            if (overlaps(m.capturedStart(), m.capturedEnd()))
                continue;
            findings << Finding{u"jargon"_s,
                                *m_severity,
                                std::nullopt,
                                part,
                                int(m.capturedStart()),
                                int(m.capturedEnd()),
                                tr(pattern.message).arg(m.captured())};
        }
    }
    for (const PhraseMatcher::Match& m : m_words.matches(text)) {
        if (overlaps(m.start, m.end))
            continue;
        findings << Finding{u"jargon"_s,
                            *m_severity,
                            std::nullopt,
                            part,
                            m.start,
                            m.end,
                            tr("\"%1\" is internal jargon: say it in customers' words.")
                                .arg(text.mid(m.start, m.end - m.start))};
    }
    std::sort(findings.begin(), findings.end(),
              [](const Finding& a, const Finding& b) { return a.start < b.start; });
    return findings;
}

} // namespace Herald
