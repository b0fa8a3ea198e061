#include "domain/ComponentImpact.h"

#include "base/EnumKeys.h"

namespace Herald {

namespace {
constexpr EnumKeys<ComponentImpact, 5> table(
    "ComponentImpact",
    {{
        {ComponentImpact::Operational, u"operational", QT_TRANSLATE_NOOP("ComponentImpact", "Operational")},
        {ComponentImpact::DegradedPerformance, u"degraded_performance",
         QT_TRANSLATE_NOOP("ComponentImpact", "Degraded performance")},
        {ComponentImpact::PartialOutage, u"partial_outage",
         QT_TRANSLATE_NOOP("ComponentImpact", "Partial outage")},
        {ComponentImpact::MajorOutage, u"major_outage", QT_TRANSLATE_NOOP("ComponentImpact", "Major outage")},
        {ComponentImpact::UnderMaintenance, u"under_maintenance",
         QT_TRANSLATE_NOOP("ComponentImpact", "Under maintenance")},
    }});
} // namespace

QString componentImpactKey(ComponentImpact impact)
{
    return table.key(impact);
}
std::optional<ComponentImpact> componentImpactFromKey(QStringView key)
{
    return table.fromKey(key);
}
QString componentImpactLabel(ComponentImpact impact)
{
    return table.label(impact);
}

} // namespace Herald
