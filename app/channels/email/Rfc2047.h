#pragma once

#include <QByteArray>
#include <QString>

namespace Herald {

// Header text for RFC 5322 messages: ASCII stays as it is (folded at spaces), anything else
// becomes UTF-8 "Q" encoded-words of at most 75 characters, folded with CRLF SPACE so no header
// line is longer than 76 characters, and never splitting a character across words (RFC 2047
// §2 and §5). CR and LF in the input are collapsed to single spaces: they cannot reach a header.
class Rfc2047 {
public:
    static constexpr int maxEncodedWord = 75;
    static constexpr int maxEncodedLine = 76;
    static constexpr int softLineLimit = 78; // RFC 5322 §2.1.1, for plain ASCII folding

    // prefixLength: characters already on the first line, e.g. 9 for "Subject: ".
    static QByteArray encode(const QString& text, int prefixLength = 0);
    // Decodes encoded-words (B or Q, any charset Qt knows) and unfolds; whitespace between
    // adjacent encoded-words is dropped (§6.2). Used to check what encode() produced.
    static QString decode(const QByteArray& header);
    // Whether encode() has to use encoded-words for this text.
    static bool needsEncoding(const QString& text);
};

} // namespace Herald
