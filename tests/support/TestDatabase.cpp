#include "TestDatabase.h"

namespace Herald::Test {

QDateTime TestDatabase::epoch()
{
    return QDateTime(QDate(2026, 11, 26), QTime(12, 0), QTimeZone::UTC);
}

TestDatabase::TestDatabase(const QString& path)
    : m_path(path.isEmpty() ? m_dir.filePath(QStringLiteral("herald.sqlite")) : path)
    , m_clock(epoch())
{
    m_store = std::make_unique<Store>(Database::open(m_path, m_clock));
}

} // namespace Herald::Test
