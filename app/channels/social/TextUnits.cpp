#include "channels/social/TextUnits.h"

#include <QTextBoundaryFinder>

#include <algorithm>

namespace Herald::TextUnits {

QList<qsizetype> graphemeBoundaries(const QString& text)
{
    QList<qsizetype> boundaries{0};
    if (text.isEmpty())
        return boundaries;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    while (finder.toNextBoundary() != -1)
        boundaries << finder.position();
    return boundaries;
}

int graphemes(QStringView text)
{
    if (text.isEmpty())
        return 0;
    // ASCII, the common case, without a boundary finder: each character is a grapheme, except
    // that CR LF is one.
    if (std::ranges::all_of(text, [](QChar c) { return c.unicode() < 0x80; })) {
        qsizetype count = text.size();
        for (qsizetype i = 1; i < text.size(); ++i)
            if (text.at(i) == u'\n' && text.at(i - 1) == u'\r')
                --count;
        return int(count);
    }
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text.constData(), int(text.size()));
    int count = 0;
    while (finder.toNextBoundary() != -1)
        ++count;
    return count;
}

int utf8Bytes(QStringView text)
{
    int bytes = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            bytes += 4;
            ++i;
        } else {
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3; // lone surrogates as U+FFFD
        }
    }
    return bytes;
}

QList<int> utf8Offsets(QStringView text)
{
    QList<int> offsets;
    offsets.reserve(text.size() + 1);
    int bytes = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        offsets << bytes;
        const char16_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            offsets << bytes + 2; // the middle of a pair has no byte offset of its own
            bytes += 4;
            ++i;
        } else if (c < 0x80) {
            bytes += 1;
        } else if (c < 0x800) {
            bytes += 2;
        } else {
            bytes += 3; // BMP, and lone surrogates as U+FFFD
        }
    }
    offsets << bytes;
    return offsets;
}

} // namespace Herald::TextUnits
