#include "store/SqlQuery.h"

#include "base/HeraldError.h"
#include "store/SqlFailure.h"

#include <QCoreApplication>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Herald {

SqlQuery::SqlQuery(const QSqlDatabase& db, const QString& sql)
    : m_db(db)
    , m_sql(sql)
    , m_cached(StatementCache::take(db, sql))
{
    if (m_cached) {
        m_query = &m_cached->query;
        if (m_cached->prepared)
            return;
    } else {
        m_query = &m_uncached.emplace(db);
    }
    // Rows are only ever read forwards here; Qt then keeps only the current row instead of
    // caching every row read so far for a seek back that never comes.
    m_query->setForwardOnly(true);
    if (!m_query->prepare(sql)) {
        // No destructor runs for a constructor that throws: give the statement back here.
        const HeraldError error = failure(QCoreApplication::translate("SqlQuery", "could not prepare"));
        if (m_cached)
            StatementCache::giveBack(m_cached);
        throw error;
    }
    if (m_cached)
        m_cached->prepared = true;
}

SqlQuery::~SqlQuery()
{
    if (m_cached)
        StatementCache::giveBack(m_cached);
}

SqlQuery& SqlQuery::bind(const QString& placeholder, const QVariant& value)
{
    // A null QString would bind as SQL NULL; text columns are NOT NULL and mean "empty".
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        m_query->bindValue(placeholder, QString(u""_s));
    else
        m_query->bindValue(placeholder, value);
    return *this;
}

SqlQuery& SqlQuery::exec()
{
    if (!m_query->exec())
        throw failure(QCoreApplication::translate("SqlQuery", "failed"));
    return *this;
}

qint64 SqlQuery::lastInsertId() const
{
    return m_query->lastInsertId().toLongLong();
}

HeraldError SqlQuery::failure(const QString& what) const
{
    const QString statement = m_sql.simplified().left(80);
    return SqlFailure::of(m_db.databaseName(),
                          QCoreApplication::translate("SqlQuery", "statement \"%1\" %2").arg(statement, what),
                          m_query->lastError());
}

} // namespace Herald
