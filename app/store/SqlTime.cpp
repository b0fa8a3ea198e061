#include "store/SqlTime.h"

using namespace Qt::StringLiterals;

namespace Herald::SqlTime {

QString toText(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzz'Z'"_s);
}

QDateTime fromText(const QString& text)
{
    if (text.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.toUTC();
}

} // namespace Herald::SqlTime
