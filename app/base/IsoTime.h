#pragma once

#include <QDateTime>
#include <QString>

namespace Herald::IsoTime {

// UTC with milliseconds ("2026-11-26T15:02:44.123Z"), exactly as
// QDateTime::toUTC().toString(Qt::ISODateWithMs) writes it, but written by hand for years
// 1-9999: the outbox writes several per delivery, and Qt's general formatter costs
// microseconds each.
QString utcText(const QDateTime& time);
// Reads that form by hand, and anything else through Qt's ISO 8601 parser; the result is UTC.
QDateTime fromText(const QString& text);

} // namespace Herald::IsoTime
