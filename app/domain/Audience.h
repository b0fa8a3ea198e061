#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Herald {

// Who reads an update: the wording and the approval rules depend on it.
enum class Audience { External, Internal, Support };

QString audienceKey(Audience value);
std::optional<Audience> audienceFromKey(QStringView key);
QString audienceLabel(Audience value);
QList<Audience> allAudiences();

} // namespace Herald
