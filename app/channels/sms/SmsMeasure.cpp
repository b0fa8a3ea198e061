#include "channels/sms/SmsMeasure.h"

#include <QStringView>
#include <QTextBoundaryFinder>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
// GSM 03.38 basic table, as Unicode, excluding ESC.
constexpr QStringView basicTable =
    u"@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§"
    u"¿abcdefghijklmnopqrstuvwxyzäöñüà";
constexpr QStringView extensionTable = u"\f^{}\\[~]|€";
} // namespace

int SmsMeasure::septetsOf(char32_t codePoint)
{
    if (codePoint > 0xFFFF)
        return 0;
    const QChar c(static_cast<char16_t>(codePoint));
    if (basicTable.contains(c))
        return 1;
    if (extensionTable.contains(c))
        return 2;
    return 0;
}

QString SmsMeasure::encodingName(Encoding encoding)
{
    return encoding == Encoding::Gsm7 ? u"GSM-7"_s : u"UCS-2"_s;
}

SmsMeasure::Result SmsMeasure::measure(const QString& text)
{
    Result result;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char32_t cp = text.at(i).isHighSurrogate() && i + 1 < text.size()
                                ? QChar::surrogateToUcs4(text.at(i), text.at(i + 1))
                                : text.at(i).unicode();
        if (septetsOf(cp) == 0)
            result.nonGsmPositions << int(i);
        if (cp > 0xFFFF)
            ++i;
    }
    if (!result.nonGsmPositions.isEmpty()) {
        result.encoding = Encoding::Ucs2;
        result.singleLimit = 70;
        result.segmentLimit = 67;
    }

    // Units per grapheme, so a grapheme is never split when packing segments.
    QList<int> units;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    qsizetype start = 0;
    while (finder.toNextBoundary() != -1) {
        const qsizetype end = finder.position();
        int u = 0;
        for (qsizetype i = start; i < end; ++i) {
            if (result.encoding == Encoding::Ucs2)
                ++u;
            else
                u += septetsOf(text.at(i).unicode());
        }
        units << u;
        start = end;
    }
    for (int u : std::as_const(units))
        result.length += u;

    if (result.length <= result.singleLimit) {
        result.segments = 1;
        return result;
    }
    int segments = 1;
    int used = 0;
    for (int u : std::as_const(units)) {
        if (used + u > result.segmentLimit) {
            ++segments;
            used = 0;
        }
        used += u;
    }
    result.segments = segments;
    return result;
}

} // namespace Herald
