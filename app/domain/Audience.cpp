#include "domain/Audience.h"

#include "base/EnumKeys.h"

namespace Herald {

namespace {
constexpr EnumKeys<Audience, 3>
    table("Audience",
          {{
              {Audience::External, u"external", QT_TRANSLATE_NOOP("Audience", "External customers")},
              {Audience::Internal, u"internal", QT_TRANSLATE_NOOP("Audience", "Internal staff")},
              {Audience::Support, u"support", QT_TRANSLATE_NOOP("Audience", "Support team")},
          }});
} // namespace

QString audienceKey(Audience value)
{
    return table.key(value);
}
std::optional<Audience> audienceFromKey(QStringView key)
{
    return table.fromKey(key);
}
QString audienceLabel(Audience value)
{
    return table.label(value);
}

QList<Audience> allAudiences()
{
    const auto values = table.values();
    return QList<Audience>(values.begin(), values.end());
}

} // namespace Herald
