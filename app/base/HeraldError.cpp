#include "base/HeraldError.h"

namespace Herald {

HeraldError::HeraldError(const QString& message)
    : std::runtime_error(message.toStdString())
    , m_message(message)
{
}

} // namespace Herald
