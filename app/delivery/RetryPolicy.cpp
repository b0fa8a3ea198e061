#include "delivery/RetryPolicy.h"

#include <QRandomGenerator>

namespace Herald {

RetryPolicy::RetryPolicy()
    : RetryPolicy({0, 5, 5 * 60, 30 * 60, 2 * 3600, 5 * 3600, 10 * 3600, 14 * 3600, 20 * 3600, 24 * 3600})
{
}

RetryPolicy::RetryPolicy(QList<qint64> delaysSeconds, double jitter)
    : m_delays(std::move(delaysSeconds))
    , m_jitter(jitter)
{
}

std::optional<qint64> RetryPolicy::nextDelayMs(int attemptsMade, std::optional<qint64> retryAfterSeconds,
                                               QRandomGenerator& random) const
{
    if (attemptsMade >= m_delays.size())
        return std::nullopt;
    const qint64 base = m_delays.at(attemptsMade) * 1000;
    const qint64 spread = qint64(double(base) * m_jitter);
    qint64 delay = spread > 0 ? base - spread + qint64(random.bounded(quint64(2 * spread + 1))) : base;
    if (retryAfterSeconds)
        delay = std::max(delay, *retryAfterSeconds * 1000);
    return delay;
}

} // namespace Herald
