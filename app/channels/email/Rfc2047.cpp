#include "channels/email/Rfc2047.h"

#include <QList>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTextBoundaryFinder>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

const QByteArray wordStart = "=?UTF-8?Q?";
const QByteArray wordEnd = "?=";

// One header line per entry, without the CRLF; only control characters are replaced.
QString headerText(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text)
        out += (c.unicode() < 0x20 || c.unicode() == 0x7f) ? u' ' : c;
    return out.simplified();
}

// RFC 2047 §5 (3): only these stay literal in an encoded-word, which keeps it valid anywhere.
bool literalInQ(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '!' ||
           c == '*' || c == '+' || c == '-' || c == '/';
}

QByteArray qEncoded(const QString& grapheme)
{
    QByteArray out;
    for (char c : grapheme.toUtf8()) {
        if (c == ' ')
            out += '_';
        else if (literalInQ(c))
            out += c;
        else
            out += '=' + QByteArray::number(uchar(c), 16).toUpper().rightJustified(2, '0');
    }
    return out;
}

QByteArray foldAscii(const QString& text, int prefixLength)
{
    QByteArray out;
    int lineLength = prefixLength;
    const QStringList words = text.split(u' ');
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QByteArray word = words.at(i).toLatin1();
        if (i > 0) {
            if (lineLength + 1 + word.size() > Rfc2047::softLineLimit) {
                out += "\r\n";
                lineLength = 0;
            }
            out += ' ';
            ++lineLength;
        }
        out += word;
        lineLength += int(word.size());
    }
    return out;
}

} // namespace

bool Rfc2047::needsEncoding(const QString& text)
{
    for (QChar c : text)
        if (c.unicode() > 0x7e)
            return true;
    // Something that looks like an encoded-word would be decoded by the reader.
    return text.contains(u"=?"_s);
}

QByteArray Rfc2047::encode(const QString& input, int prefixLength)
{
    const QString text = headerText(input);
    if (!needsEncoding(text))
        return foldAscii(text, prefixLength);

    // Whole graphemes go into a word, so no multi-byte character (nor a combining sequence) is split.
    QList<QByteArray> words;
    QByteArray current;
    int budget = qMin(maxEncodedWord, maxEncodedLine - prefixLength);
    const auto add = [&](const QByteArray& piece) {
        const qsizetype room = budget - wordStart.size() - wordEnd.size();
        if (!current.isEmpty() && current.size() + piece.size() > room) {
            words << wordStart + current + wordEnd;
            current.clear();
            budget = maxEncodedWord; // continuation lines start with one space: 1 + 75 = 76
        }
        current += piece;
    };
    const qsizetype maxPiece = maxEncodedWord - wordStart.size() - wordEnd.size();
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    qsizetype start = 0;
    for (qsizetype end = finder.toNextBoundary(); end != -1; end = finder.toNextBoundary()) {
        const QString grapheme = text.mid(start, end - start);
        start = end;
        const QByteArray piece = qEncoded(grapheme);
        if (piece.size() <= maxPiece) {
            add(piece);
            continue;
        }
        // A grapheme too long for one word (a long emoji sequence): split between code points.
        for (const uint codePoint : grapheme.toUcs4()) {
            const char32_t c = codePoint;
            add(qEncoded(QString::fromUcs4(&c, 1)));
        }
    }
    if (!current.isEmpty())
        words << wordStart + current + wordEnd;
    return words.join("\r\n ");
}

QString Rfc2047::decode(const QByteArray& header)
{
    static const QRegularExpression word(u"=\\?([^?]+)\\?([BbQq])\\?([^?]*)\\?="_s);
    static const QRegularExpression fold(u"\\r\\n([ \\t])"_s);
    const QString text = QString::fromLatin1(header).replace(fold, u"\\1"_s);
    QString out;
    qsizetype pos = 0;
    bool previousWasEncoded = false;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString between = text.mid(pos, m.capturedStart() - pos);
        if (!(previousWasEncoded && between.trimmed().isEmpty()))
            out += between;
        QByteArray bytes = m.captured(3).toLatin1();
        if (m.captured(2).compare(u"B"_s, Qt::CaseInsensitive) == 0) {
            bytes = QByteArray::fromBase64(bytes);
        } else {
            bytes.replace('_', ' ');
            bytes = QByteArray::fromPercentEncoding(bytes, '=');
        }
        // "charset*language" (RFC 2231) is allowed; the language is not needed here.
        const QString charset = m.captured(1).section(u'*', 0, 0);
        QStringDecoder decoder(charset);
        out += decoder.isValid() ? QString(decoder.decode(bytes)) : QString::fromLatin1(bytes);
        pos = m.capturedEnd();
        previousWasEncoded = true;
    }
    out += text.mid(pos);
    return out;
}

} // namespace Herald
