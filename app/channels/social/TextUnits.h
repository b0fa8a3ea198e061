#pragma once

#include <QList>
#include <QString>

namespace Herald {

// The counting units social networks use, on a QString (UTF-16).
namespace TextUnits {
// Unicode extended grapheme clusters (UAX #29), what people see as characters.
int graphemes(QStringView text);
// Grapheme cluster boundaries of text, from 0 to text.size().
QList<qsizetype> graphemeBoundaries(const QString& text);
int utf8Bytes(QStringView text);
// For each UTF-16 index 0..text.size(), the UTF-8 byte offset of that position.
QList<int> utf8Offsets(QStringView text);
} // namespace TextUnits

} // namespace Herald
