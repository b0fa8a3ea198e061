#include "base/HeraldError.h"

namespace Herald {

HeraldError::HeraldError(const QString& message, const QString& details)
    : std::runtime_error(message.toStdString())
    , m_message(message)
    , m_details(details)
{
}

} // namespace Herald
