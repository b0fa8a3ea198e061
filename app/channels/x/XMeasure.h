#pragma once

#include <QString>

namespace Herald {

// X's weighted length, twitter-text v3 (config/v3.json, js/src/parseTweet.js): the text is
// NFC-normalised; every URL (also a bare "status.example.com") weighs 23; an emoji sequence
// (ZWJ, skin tone, flag, keycap, tag sequence) weighs 2; any other code point weighs 1 in
// U+0000-U+10FF, U+2000-U+200D, U+2010-U+201F, U+2032-U+2037, and 2 elsewhere.
class XMeasure {
public:
    static constexpr int maxLength = 280;
    static constexpr int urlLength = 23;

    struct Result {
        int weightedLength = 0;
        bool valid = false;            // 0 < length <= 280 and no U+FFFE, U+FEFF, U+FFFF
        int permillage = 0;            // of 280
        qsizetype validRangeEnd = 0;   // last UTF-16 index (inclusive) still within 280
        qsizetype displayRangeEnd = 0; // text.size() - 1
        bool fits() const { return valid; }
    };

    static Result measure(const QString& text);
    static int weightedLength(const QString& text) { return measure(text).weightedLength; }
};

} // namespace Herald
