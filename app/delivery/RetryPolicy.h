#pragma once

#include <QList>

#include <optional>

class QRandomGenerator;

namespace Herald {

// When to try a failed delivery again. The default follows Standard Webhooks: at once, 5 s,
// 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h, with jitter so retries do not stampede.
class RetryPolicy {
public:
    RetryPolicy();
    explicit RetryPolicy(QList<qint64> delaysSeconds, double jitter = 0.1);

    // Delay before the next attempt after `attemptsMade` attempts, or nullopt when the schedule
    // is used up. A server's Retry-After is honoured when it asks for longer.
    std::optional<qint64> nextDelayMs(int attemptsMade, std::optional<qint64> retryAfterSeconds,
                                      QRandomGenerator& random) const;
    int maxAttempts() const { return int(m_delays.size()); }

private:
    QList<qint64> m_delays; // m_delays[n] = wait before attempt n+1
    double m_jitter;
};

} // namespace Herald
