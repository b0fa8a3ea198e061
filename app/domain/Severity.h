#pragma once

#include <QString>

#include <optional>

namespace Herald {

enum class Severity { Sev1 = 1, Sev2, Sev3, Sev4 };

QString severityKey(Severity severity);
std::optional<Severity> severityFromKey(QStringView key);
QString severityLabel(Severity severity);

} // namespace Herald
