#pragma once

#include <QDateTime>
#include <QString>

namespace Herald::SqlTime {

// Timestamps are stored as fixed-width ISO 8601 UTC text ("2026-11-26T15:02:44.123Z"):
// portable across SQLite and PostgreSQL, and their text order is their time order.
QString toText(const QDateTime& time);
QDateTime fromText(const QString& text);

} // namespace Herald::SqlTime
