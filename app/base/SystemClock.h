#pragma once

#include "base/Clock.h"

namespace Herald {

class SystemClock final : public Clock {
public:
    QDateTime now() const override;
};

} // namespace Herald
