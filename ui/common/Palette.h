#pragma once

#include "domain/Severity.h"

#include <QColor>

namespace Herald::Palette {

// The few colours Herald gives meaning to, readable on light and dark palettes.
QColor severityColor(Severity severity);
QColor muted();
QColor good();
QColor bad();
QColor warning();

} // namespace Herald::Palette
