#include "checks/TimeExpression.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
const QString zonePattern =
    uR"((?:\s*\(?(?<zone>UTC|GMT|CET|CEST|BST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|IST|JST|AEST|AEDT)(?:[+-]\d{1,2}(?::?\d{2})?)?\)?))"_s;
const QString meridiem = uR"((?<ampm>[aApP]\.?[mM]\.?(?![\p{L}])))"_s;

int numberWord(const QString& word)
{
    static const QStringList words{u"zero"_s, u"one"_s,    u"two"_s,   u"three"_s, u"four"_s,
                                   u"five"_s, u"six"_s,    u"seven"_s, u"eight"_s, u"nine"_s,
                                   u"ten"_s,  u"eleven"_s, u"twelve"_s};
    const QString lower = word.toLower();
    if (lower == u"a"_s || lower == u"an"_s)
        return 1;
    if (lower == u"fifteen"_s)
        return 15;
    if (lower == u"twenty"_s)
        return 20;
    if (lower == u"thirty"_s)
        return 30;
    if (lower == u"forty-five"_s)
        return 45;
    if (lower == u"sixty"_s)
        return 60;
    const int index = int(words.indexOf(lower));
    return index >= 0 ? index : word.toInt();
}

QString clockKey(int hour, int minute, const QString& ampm, const QString& zone)
{
    const QString marker = ampm.toLower().remove(u'.');
    if (marker == u"pm"_s && hour < 12)
        hour += 12;
    else if (marker == u"am"_s && hour == 12)
        hour = 0;
    QString key = u"%1:%2"_s.arg(hour, 2, 10, QChar(u'0')).arg(minute, 2, 10, QChar(u'0'));
    if (!zone.isEmpty())
        key += u' ' + zone.toUpper();
    return key;
}

void sortAndDropOverlaps(QList<TimeExpression::Match>& matches)
{
    std::sort(matches.begin(), matches.end(), [](const auto& a, const auto& b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    QList<TimeExpression::Match> kept;
    for (const auto& m : matches)
        if (kept.isEmpty() || m.start >= kept.back().end)
            kept << m;
    matches = kept;
}
} // namespace

bool TimeExpression::Match::sameAs(const Match& other) const
{
    if (key == other.key)
        return true;
    if (kind != Kind::Clock || other.kind != Kind::Clock)
        return false;
    return key.left(5) == other.key.left(5) && (key.size() == 5 || other.key.size() == 5);
}

QList<TimeExpression::Match> TimeExpression::find(const QString& text)
{
    static const QRegularExpression clock(
        uR"((?<![\p{L}\p{N}:.])(?<h>[01]?\d|2[0-3]):(?<m>[0-5]\d)(?![\p{N}:]))"_s + uR"((?:\s*)"_s +
            meridiem + u")?"_s + zonePattern + u"?"_s,
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression hourOnly(uR"((?<![\p{L}\p{N}:.])(?<h>1[0-2]|0?[1-9])\s*)"_s + meridiem +
                                                 zonePattern + u"?"_s,
                                             QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression named(uR"(\b(?<name>noon|midday|midnight)\b)"_s + zonePattern + u"?"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression relative(
        uR"(\b(?:within|in)\s+(?:the\s+next\s+)?(?<n>\d{1,3}|an?|one|two|three|four|five|six|eight|ten|twelve|fifteen|twenty|thirty|forty-five|sixty)\s+(?<unit>minutes?|mins?|hours?|hrs?)\b)"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression halfHour(uR"(\b(?:within|in)\s+(?:half\s+an\s+hour|the\s+hour)\b)"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression day(
        uR"(\b(?<day>today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)"_s,
        QRegularExpression::CaseInsensitiveOption);

    QList<Match> found;
    for (auto it = clock.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        found << Match{int(m.capturedStart()), int(m.capturedEnd()), Kind::Clock,
                       clockKey(m.captured(u"h"_s).toInt(), m.captured(u"m"_s).toInt(), m.captured(u"ampm"_s),
                                m.captured(u"zone"_s))};
    }
    for (auto it = hourOnly.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        found << Match{int(m.capturedStart()), int(m.capturedEnd()), Kind::Clock,
                       clockKey(m.captured(u"h"_s).toInt(), 0, m.captured(u"ampm"_s), m.captured(u"zone"_s))};
    }
    for (auto it = named.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const bool midnight = m.captured(u"name"_s).compare(u"midnight"_s, Qt::CaseInsensitive) == 0;
        found << Match{int(m.capturedStart()), int(m.capturedEnd()), Kind::Clock,
                       clockKey(midnight ? 0 : 12, 0, QString(), m.captured(u"zone"_s))};
    }
    for (auto it = relative.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const bool hours = m.captured(u"unit"_s).startsWith(u'h', Qt::CaseInsensitive);
        const int minutes = numberWord(m.captured(u"n"_s)) * (hours ? 60 : 1);
        found << Match{int(m.capturedStart()), int(m.capturedEnd()), Kind::Relative,
                       u"+%1min"_s.arg(minutes)};
    }
    for (auto it = halfHour.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const bool half = m.captured().contains(u"half"_s, Qt::CaseInsensitive);
        found << Match{int(m.capturedStart()), int(m.capturedEnd()), Kind::Relative,
                       half ? u"+30min"_s : u"+60min"_s};
    }
    for (auto it = day.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        found << Match{int(m.capturedStart()), int(m.capturedEnd()), Kind::Day,
                       m.captured(u"day"_s).toLower()};
    }
    sortAndDropOverlaps(found);
    return found;
}

QList<TimeExpression::Match> TimeExpression::nextUpdateTimes(const QString& text)
{
    static const QRegularExpression updateWord(uR"(\bupdat)"_s, QRegularExpression::CaseInsensitiveOption);
    return timesInSentences(text, updateWord);
}

QList<TimeExpression::Match> TimeExpression::timesInSentences(const QString& text,
                                                              const QRegularExpression& cue, bool includeDays)
{
    // A sentence ends at . ! or ? before a space or the end, or at a line break. Scanned by hand:
    // searching backwards with a regular expression starts a match at every position.
    const auto endsSentence = [&](qsizetype i) {
        const QChar c = text.at(i);
        if (c == u'\n')
            return true;
        return (c == u'.' || c == u'!' || c == u'?') && (i + 1 == text.size() || text.at(i + 1).isSpace());
    };
    QList<Match> stated;
    for (const Match& time : find(text)) {
        if (time.kind == Kind::Day && !includeDays)
            continue; // "tomorrow" alone is too coarse to compare
        qsizetype from = time.start;
        while (from > 0 && !endsSentence(from - 1))
            --from;
        qsizetype to = time.end;
        while (to < text.size() && !endsSentence(to))
            ++to;
        if (cue.matchView(QStringView(text).mid(from, to - from)).hasMatch())
            stated << time;
    }
    return stated;
}

} // namespace Herald
