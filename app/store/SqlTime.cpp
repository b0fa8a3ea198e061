#include "store/SqlTime.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Herald::SqlTime {

namespace {
// The outbox formats and reads several timestamps per delivery; QDateTime's general format
// parser and printer cost microseconds each, the fixed-width form below a fraction of that.
// Anything else (years outside 1000-9999, text not in the stored form) takes Qt's way.
void put(char16_t* at, int value, int digits)
{
    for (int i = digits - 1; i >= 0; --i, value /= 10)
        at[i] = char16_t(u'0' + value % 10);
}

int digitsAt(const QString& text, qsizetype from, int count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}
} // namespace

QString toText(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    const QDateTime utc = time.toUTC();
    const QDate date = utc.date();
    const QTime clock = utc.time();
    if (date.year() < 1000 || date.year() > 9999)
        return utc.toString(u"yyyy-MM-ddTHH:mm:ss.zzz'Z'"_s);
    QString text(24, Qt::Uninitialized);
    char16_t* out = reinterpret_cast<char16_t*>(text.data());
    put(out, date.year(), 4);
    out[4] = u'-';
    put(out + 5, date.month(), 2);
    out[7] = u'-';
    put(out + 8, date.day(), 2);
    out[10] = u'T';
    put(out + 11, clock.hour(), 2);
    out[13] = u':';
    put(out + 14, clock.minute(), 2);
    out[16] = u':';
    put(out + 17, clock.second(), 2);
    out[19] = u'.';
    put(out + 20, clock.msec(), 3);
    out[23] = u'Z';
    return text;
}

QDateTime fromText(const QString& text)
{
    if (text.isEmpty())
        return {};
    if (text.size() == 24 && text.at(4) == u'-' && text.at(7) == u'-' && text.at(10) == u'T' &&
        text.at(13) == u':' && text.at(16) == u':' && text.at(19) == u'.' && text.at(23) == u'Z') {
        const QDate date(digitsAt(text, 0, 4), digitsAt(text, 5, 2), digitsAt(text, 8, 2));
        const QTime clock(digitsAt(text, 11, 2), digitsAt(text, 14, 2), digitsAt(text, 17, 2),
                          digitsAt(text, 20, 3));
        if (date.isValid() && clock.isValid() && date.year() >= 1000)
            return QDateTime(date, clock, QTimeZone::UTC);
    }
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.toUTC();
}

} // namespace Herald::SqlTime
