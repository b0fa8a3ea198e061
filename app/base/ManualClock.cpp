#include "base/ManualClock.h"

namespace Herald {

ManualClock::ManualClock(const QDateTime& start) : m_now(start.toUTC()) {}

QDateTime ManualClock::now() const
{
    QMutexLocker lock(&m_mutex);
    return m_now;
}

void ManualClock::set(const QDateTime& when)
{
    QMutexLocker lock(&m_mutex);
    m_now = when.toUTC();
}

void ManualClock::advanceSeconds(qint64 seconds)
{
    QMutexLocker lock(&m_mutex);
    m_now = m_now.addSecs(seconds);
}

} // namespace Herald
