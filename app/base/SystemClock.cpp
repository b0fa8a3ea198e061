#include "base/SystemClock.h"

namespace Herald {

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace Herald
