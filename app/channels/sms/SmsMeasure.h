#pragma once

#include <QList>
#include <QString>

namespace Herald {

// Counts an SMS the way carriers bill it (3GPP TS 23.038): GSM-7 when every character is in
// the GSM basic or extension table (extension characters take two septets), otherwise UCS-2
// for the whole message. 160/153 septets or 70/67 UTF-16 units per segment; a character
// (grapheme) is never split across segments.
class SmsMeasure {
public:
    enum class Encoding { Gsm7, Ucs2 };

    struct Result {
        Encoding encoding = Encoding::Gsm7;
        int length = 0; // septets (GSM-7) or UTF-16 code units (UCS-2)
        int segments = 0;
        int singleLimit = 160; // what fits in one message
        int segmentLimit = 153;
        QList<int> nonGsmPositions; // UTF-16 indexes of the characters that forced UCS-2
    };

    static Result measure(const QString& text);
    static QString encodingName(Encoding encoding);
    // 1 for the basic table, 2 for the extension table, 0 when not GSM-7 at all.
    static int septetsOf(char32_t codePoint);
};

} // namespace Herald
