#pragma once

#include <QList>
#include <QStringList>

#include <functional>
#include <utility>

namespace Herald {

// Splits a text too long for one post into a numbered thread. Each post ends with " (i/n)"
// (a suffix, so the reader meets the news before the counter) and, counter included, fits the
// channel's measure. Breaks prefer the end of a sentence when that fills at least half a post,
// then a space or line break; a single word longer than a post is cut between graphemes. A URL
// (or any protected span) is never cut; when one alone is too long its post stays over the
// limit, and the composer's limits say so. Time grows with the text, not with text times posts:
// each post is measured only on a window about twice its own length.
class ThreadSplitter {
public:
    using Measure = std::function<int(const QString&)>;
    using Span = std::pair<qsizetype, qsizetype>; // UTF-16 [start, end)

    // The text itself when it fits; otherwise the numbered posts.
    static QStringList split(const QString& text, int limit, const Measure& measure,
                             const QList<Span>& protectedSpans = {});
    static QString counter(int index, int count); // " (2/3)"
};

} // namespace Herald
