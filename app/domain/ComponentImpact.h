#pragma once

#include <QString>

#include <optional>

namespace Herald {

// The impact vocabulary status pages share (Statuspage, Cachet, ...).
enum class ComponentImpact { Operational, DegradedPerformance, PartialOutage, MajorOutage, UnderMaintenance };

QString componentImpactKey(ComponentImpact impact);
std::optional<ComponentImpact> componentImpactFromKey(QStringView key);
QString componentImpactLabel(ComponentImpact impact);

struct AffectedComponent {
    QString name;
    ComponentImpact impact = ComponentImpact::Operational;
    bool operator==(const AffectedComponent&) const = default;
};

} // namespace Herald
