#include "channels/voice/SpokenText.h"

#include <QDate>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Herald {

QString SpokenText::plain(const QString& phrase)
{
    // Emphasis marks anywhere, but not an underscore inside a word ("a_b" in a link is read out
    // as it is); heading, quote and bullet marks only where a line starts.
    static const QRegularExpression markdown(
        u"[*`]+|_+(?![\\p{L}\\p{N}])|(?<![\\p{L}\\p{N}])_+|^\\s*(?:#+|>+|[-+])\\s+"_s);
    static const QRegularExpression isoDate(u"\\b(\\d{4})-(\\d{2})-(\\d{2})\\b"_s);
    static const QRegularExpression clock(u"\\b([01]?\\d|2[0-3]):([0-5]\\d)\\b"_s);
    static const QRegularExpression utc(u"\\bUTC\\b"_s);
    QString out = phrase;
    out.remove(markdown);
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    for (auto m = isoDate.match(out); m.hasMatch(); m = isoDate.match(out, m.capturedStart() + 1)) {
        const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (date.isValid())
            out.replace(m.capturedStart(), m.capturedLength(), english.toString(date, u"MMMM d, yyyy"_s));
    }
    for (auto m = clock.match(out); m.hasMatch(); m = clock.match(out, m.capturedStart() + 1)) {
        const int hour = m.captured(1).toInt();
        const int minute = m.captured(2).toInt();
        const int hour12 = hour % 12 == 0 ? 12 : hour % 12;
        const QString said = (minute == 0 ? u"%1"_s.arg(hour12)
                                          : u"%1:%2"_s.arg(hour12).arg(minute, 2, 10, QLatin1Char('0'))) +
                             (hour < 12 ? u" AM"_s : u" PM"_s);
        out.replace(m.capturedStart(), m.capturedLength(), said);
    }
    out.replace(utc, u"U T C"_s);
    return out.simplified();
}

QList<SpokenText::Paragraph> SpokenText::paragraphs(const QString& written)
{
    static const QRegularExpression blankLines(u"\\n\\s*\\n"_s);
    static const QRegularExpression sentenceEnd(u"(?<=[.!?])\\s+"_s);
    static const QRegularExpression closed(u"[.!?:;,]$"_s);
    QList<Paragraph> out;
    for (const QString& block : written.split(blankLines, Qt::SkipEmptyParts)) {
        // Lines of a list or a heading end without a stop; give them one so the voice pauses.
        QStringList lines;
        for (const QString& line : block.split(u'\n')) {
            QString said = plain(line);
            if (said.isEmpty())
                continue;
            if (!closed.match(said).hasMatch())
                said += u'.';
            lines << said;
        }
        Paragraph sentences = lines.join(u' ').split(sentenceEnd, Qt::SkipEmptyParts);
        if (!sentences.isEmpty())
            out << sentences;
    }
    return out;
}

QString SpokenText::text(const QList<Paragraph>& paragraphs)
{
    QStringList out;
    for (const Paragraph& p : paragraphs)
        out << p.join(u' ');
    return out.join(u"\n\n"_s);
}

QString SpokenText::ssml(const QList<Paragraph>& paragraphs)
{
    QString out = u"<speak>"_s;
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        if (i > 0)
            out += u"<break time=\"%1ms\"/>"_s.arg(pauseMs);
        out += u"<p>"_s;
        for (const QString& sentence : paragraphs.at(i))
            out += u"<s>"_s + sentence.toHtmlEscaped() + u"</s>"_s;
        out += u"</p>"_s;
    }
    return out + u"</speak>"_s;
}

int SpokenText::words(const QString& spoken)
{
    static const QRegularExpression word(u"[\\w']+"_s, QRegularExpression::UseUnicodePropertiesOption);
    int count = 0;
    for (auto it = word.globalMatch(spoken); it.hasNext(); it.next())
        ++count;
    return count;
}

int SpokenText::durationMs(const QString& spoken)
{
    static const QRegularExpression blankLines(u"\\n\\s*\\n"_s);
    const qsizetype paragraphCount = spoken.split(blankLines, Qt::SkipEmptyParts).size();
    const int pauses = int(qMax<qsizetype>(0, paragraphCount - 1)) * pauseMs;
    return words(spoken) * 60000 / wordsPerMinute + pauses;
}

} // namespace Herald
