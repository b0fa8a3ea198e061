#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Herald {

// Replaces characters that look like GSM-7 ones (curly quotes, dashes, ellipsis, non-breaking
// and other spaces, full-width forms, ...) with them, as Twilio's Smart Encoding does (its map,
// 270 entries, in resources/channels/twilio_smart_encoding_map.json, MIT). One such character
// alone turns a whole SMS into UCS-2 (70 instead of 160 per message).
class SmsLookalikes {
public:
    struct Result {
        QString text;
        int replaced = 0;
    };
    static Result replace(const QString& text);
    // UTF-16 indexes of the characters replace() would change.
    static QList<qsizetype> positions(const QString& text);
    // What the character at the code point becomes, or nullptr when it is not a look-alike.
    static const QString* replacementFor(char32_t codePoint);
};

} // namespace Herald
