#pragma once

#include "base/Clock.h"

#include <QMutex>

namespace Herald {

// A clock that only moves when told to: for tests and for writing demo history.
class ManualClock final : public Clock {
public:
    explicit ManualClock(const QDateTime& start);
    QDateTime now() const override;
    void set(const QDateTime& when);
    void advanceSeconds(qint64 seconds);

private:
    mutable QMutex m_mutex;
    QDateTime m_now;
};

} // namespace Herald
