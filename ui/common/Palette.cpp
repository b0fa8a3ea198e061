#include "common/Palette.h"

#include <QGuiApplication>
#include <QPalette>

namespace Herald::Palette {

QColor severityColor(Severity severity)
{
    switch (severity) {
    case Severity::Sev1:
        return QColor(0xc6, 0x28, 0x28);
    case Severity::Sev2:
        return QColor(0xef, 0x6c, 0x00);
    case Severity::Sev3:
        return QColor(0xf9, 0xa8, 0x25);
    case Severity::Sev4:
        return QColor(0x60, 0x7d, 0x8b);
    }
    return {};
}

QColor muted()
{
    return QGuiApplication::palette().color(QPalette::PlaceholderText);
}

QColor good()
{
    return QColor(0x2e, 0x7d, 0x32);
}

QColor bad()
{
    return QColor(0xc6, 0x28, 0x28);
}

QColor warning()
{
    return QColor(0xb2, 0x6a, 0x00);
}

} // namespace Herald::Palette
