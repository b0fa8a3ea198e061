#pragma once

#include <QDateTime>

namespace Herald {

// Every timestamp Herald records comes from a Clock, so tests can fix and advance time.
class Clock {
public:
    virtual ~Clock() = default;
    // Always UTC, with millisecond precision.
    virtual QDateTime now() const = 0;
};

} // namespace Herald
