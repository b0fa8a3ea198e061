#include "base/IsoTime.h"

#include <QTimeZone>

#include <chrono>

namespace Herald::IsoTime {

namespace {

constexpr qsizetype textLength = 24; // "2026-11-26T15:02:44.123Z"

// Digits at `at`, or -1 when any is not one.
int digits(QStringView text, qsizetype at, qsizetype count)
{
    int value = 0;
    for (qsizetype i = at; i < at + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

void putDigits(char16_t*& out, int value, int count)
{
    for (int i = count - 1; i >= 0; --i, value /= 10)
        out[i] = char16_t(u'0' + value % 10);
    out += count;
}

} // namespace

QString utcText(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    using namespace std::chrono;
    const sys_time<milliseconds> at{milliseconds(time.toMSecsSinceEpoch())};
    const auto day = floor<days>(at);
    const year_month_day date{day};
    const int year = int(date.year());
    if (year < 1 || year > 9999) // Qt has no year 0: its formatter goes on to -0001
        return time.toUTC().toString(Qt::ISODateWithMs);
    const hh_mm_ss clock{at - day};
    QString text(textLength, Qt::Uninitialized);
    char16_t* out = reinterpret_cast<char16_t*>(text.data());
    putDigits(out, year, 4);
    *out++ = u'-';
    putDigits(out, int(unsigned(date.month())), 2);
    *out++ = u'-';
    putDigits(out, int(unsigned(date.day())), 2);
    *out++ = u'T';
    putDigits(out, int(clock.hours().count()), 2);
    *out++ = u':';
    putDigits(out, int(clock.minutes().count()), 2);
    *out++ = u':';
    putDigits(out, int(clock.seconds().count()), 2);
    *out++ = u'.';
    putDigits(out, int(clock.subseconds().count()), 3);
    *out = u'Z';
    return text;
}

QDateTime fromText(const QString& text)
{
    if (text.isEmpty())
        return {};
    // The stored form is parsed by hand; anything else (older rows, hand edits) by Qt.
    if (text.size() == textLength && text[4] == u'-' && text[7] == u'-' && text[10] == u'T' &&
        text[13] == u':' && text[16] == u':' && text[19] == u'.' && text[23] == u'Z') {
        const int year = digits(text, 0, 4), month = digits(text, 5, 2), day = digits(text, 8, 2);
        const int hour = digits(text, 11, 2), minute = digits(text, 14, 2), second = digits(text, 17, 2);
        const int ms = digits(text, 20, 3);
        using namespace std::chrono;
        const year_month_day date{std::chrono::year(year), std::chrono::month(unsigned(month)),
                                  std::chrono::day(unsigned(day))};
        if (year >= 1 && month >= 0 && day >= 0 && hour >= 0 && hour < 24 && minute >= 0 && minute < 60 &&
            second >= 0 && second < 60 && ms >= 0 && date.ok()) {
            const auto at =
                sys_days(date) + hours(hour) + minutes(minute) + seconds(second) + milliseconds(ms);
            return QDateTime::fromMSecsSinceEpoch(at.time_since_epoch().count(), QTimeZone::UTC);
        }
    }
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.toUTC();
}

} // namespace Herald::IsoTime
