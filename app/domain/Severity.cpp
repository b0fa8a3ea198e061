#include "domain/Severity.h"

#include "base/EnumKeys.h"

namespace Herald {

namespace {
constexpr EnumKeys<Severity, 4>
    table("Severity", {{
                          {Severity::Sev1, u"sev1", QT_TRANSLATE_NOOP("Severity", "SEV1 · Critical")},
                          {Severity::Sev2, u"sev2", QT_TRANSLATE_NOOP("Severity", "SEV2 · Major")},
                          {Severity::Sev3, u"sev3", QT_TRANSLATE_NOOP("Severity", "SEV3 · Minor")},
                          {Severity::Sev4, u"sev4", QT_TRANSLATE_NOOP("Severity", "SEV4 · Low")},
                      }});
} // namespace

QString severityKey(Severity severity)
{
    return table.key(severity);
}
std::optional<Severity> severityFromKey(QStringView key)
{
    return table.fromKey(key);
}
QString severityLabel(Severity severity)
{
    return table.label(severity);
}

} // namespace Herald
