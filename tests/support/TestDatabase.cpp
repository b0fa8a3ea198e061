#include "TestDatabase.h"

namespace Herald::Test {

QDateTime TestDatabase::epoch()
{
    return QDateTime(QDate(2026, 11, 26), QTime(12, 0), QTimeZone::UTC);
}

TestDatabase::TestDatabase() : m_clock(epoch())
{
    m_store = std::make_unique<Store>(Database::open(path(), m_clock));
}

} // namespace Herald::Test
