#pragma once

#include <QList>
#include <QString>

namespace Herald {

// A word-level difference between two texts, for a reviewer to see what changed since the
// last published update. Whitespace stays attached to the word before it.
struct DiffSegment {
    enum class Kind { Same, Removed, Added };
    Kind kind = Kind::Same;
    QString text;
    bool operator==(const DiffSegment&) const = default;
};

namespace TextDiff {
QList<DiffSegment> words(const QString& before, const QString& after);
// As HTML: removed words struck through in red, added words underlined in green.
QString toHtml(const QList<DiffSegment>& segments);
} // namespace TextDiff

} // namespace Herald
