#include "store/DatabaseOpenError.h"

namespace Herald {

DatabaseOpenError::DatabaseOpenError(Reason reason, const QString& path, const QString& message)
    : HeraldError(message)
    , m_reason(reason)
    , m_path(path)
{
}

} // namespace Herald
