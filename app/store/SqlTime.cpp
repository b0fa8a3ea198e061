#include "store/SqlTime.h"

#include "base/IsoTime.h"

namespace Herald::SqlTime {

QString toText(const QDateTime& time)
{
    return IsoTime::utcText(time);
}

QDateTime fromText(const QString& text)
{
    return IsoTime::fromText(text);
}

} // namespace Herald::SqlTime
