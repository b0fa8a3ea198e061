#include "channels/x/XMeasure.h"

#include "channels/social/UrlExtractor.h"

#include <QHash>
#include <QTextBoundaryFinder>

#include <unicode/uchar.h>

#include <optional>

namespace Herald {

namespace {

constexpr int scale = 100;
constexpr int defaultWeight = 200;

int weightOf(char16_t firstUnit)
{
    // v3 ranges; a surrogate pair is weighed by its first unit, as twitter-text does.
    struct Range {
        char16_t start, end;
    };
    constexpr Range light[] = {{0, 4351}, {8192, 8205}, {8208, 8223}, {8242, 8247}};
    for (const Range& r : light)
        if (firstUnit >= r.start && firstUnit <= r.end)
            return 100;
    return defaultWeight;
}

bool isInvalid(char16_t c)
{
    return c == 0xFFFE || c == 0xFEFF || c == 0xFFFF;
}

char32_t codePointAt(const QString& text, qsizetype i)
{
    if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
        return QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
    return text.at(i).unicode();
}

// Where an emoji sequence starting at i ends, or -1: a code point with the Unicode Emoji
// property (ASCII digits, '#' and '*' only as keycaps) up to the end of its grapheme cluster,
// which takes in ZWJ sequences, modifiers, flags, tag sequences and variation selectors.
qsizetype emojiEnd(const QString& text, qsizetype i, std::optional<QTextBoundaryFinder>& graphemes)
{
    const char32_t cp = codePointAt(text, i);
    if (cp < 0x80) {
        const bool keycapBase = cp == u'#' || cp == u'*' || (cp >= u'0' && cp <= u'9');
        if (!keycapBase)
            return -1;
        qsizetype j = i + 1;
        if (j < text.size() && text.at(j).unicode() == 0xFE0F)
            ++j;
        return j < text.size() && text.at(j).unicode() == 0x20E3 ? j + 1 : -1;
    }
    if (!u_hasBinaryProperty(UChar32(cp), UCHAR_EMOJI))
        return -1;
    if (!graphemes) // only text with emoji pays for finding its graphemes
        graphemes.emplace(QTextBoundaryFinder::Grapheme, text);
    graphemes->setPosition(i);
    const qsizetype end = graphemes->toNextBoundary();
    return end > i ? end : i + (cp > 0xFFFF ? 2 : 1);
}

} // namespace

XMeasure::Result XMeasure::measure(const QString& original)
{
    const QString text = original.normalized(QString::NormalizationForm_C);
    QHash<qsizetype, qsizetype> urlEnds;
    for (const UrlExtractor::Url& url : UrlExtractor::extract(text))
        urlEnds.insert(url.start, url.end);
    std::optional<QTextBoundaryFinder> graphemes;

    Result result;
    int weighted = 0;
    bool valid = true;
    qsizetype validIndex = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (const auto url = urlEnds.isEmpty() ? urlEnds.cend() : urlEnds.constFind(i);
            url != urlEnds.cend()) {
            weighted += urlLength * scale;
            i = *url - 1;
        } else if (const qsizetype end = emojiEnd(text, i, graphemes); end > i) {
            weighted += defaultWeight;
            i = end - 1;
        } else {
            const char16_t first = text.at(i).unicode();
            if (codePointAt(text, i) > 0xFFFF)
                ++i;
            weighted += weightOf(first);
        }
        // As twitter-text: the last unit of each step decides validity.
        if (valid)
            valid = !isInvalid(text.at(i).unicode());
        if (valid && weighted <= maxLength * scale)
            validIndex = i;
    }
    result.weightedLength = weighted / scale;
    result.valid = valid && result.weightedLength > 0 && result.weightedLength <= maxLength;
    result.permillage = int(qint64(result.weightedLength) * 1000 / maxLength);
    result.validRangeEnd = validIndex + (original.size() - text.size());
    result.displayRangeEnd = original.isEmpty() ? 0 : original.size() - 1;
    return result;
}

} // namespace Herald
