#include "channels/push/LockScreenText.h"

#include <QTextBoundaryFinder>

using namespace Qt::StringLiterals;

namespace Herald {

int LockScreenText::length(const QString& text)
{
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    int count = 0;
    while (finder.toNextBoundary() != -1)
        ++count;
    return count;
}

QString LockScreenText::truncated(const QString& text, int limit)
{
    if (limit <= 0 || length(text) <= limit)
        return text;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    qsizetype end = 0;
    for (int i = 0; i < limit - 1; ++i)
        end = finder.toNextBoundary();
    QString kept = text.left(end);
    while (!kept.isEmpty() && kept.back().isSpace())
        kept.chop(1);
    return kept + u"…"_s;
}

} // namespace Herald
