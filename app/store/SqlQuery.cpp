#include "store/SqlQuery.h"

#include "base/HeraldError.h"

#include <QCoreApplication>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Herald {

SqlQuery::SqlQuery(const QSqlDatabase& db, const QString& sql) : m_db(db), m_query(db), m_sql(sql)
{
    if (!m_query.prepare(sql))
        fail(QCoreApplication::translate("SqlQuery", "could not prepare"));
}

SqlQuery& SqlQuery::bind(const QString& placeholder, const QVariant& value)
{
    // A null QString would bind as SQL NULL; text columns are NOT NULL and mean "empty".
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        m_query.bindValue(placeholder, QString(u""_s));
    else
        m_query.bindValue(placeholder, value);
    return *this;
}

SqlQuery& SqlQuery::exec()
{
    if (!m_query.exec())
        fail(QCoreApplication::translate("SqlQuery", "failed"));
    return *this;
}

qint64 SqlQuery::lastInsertId() const
{
    return m_query.lastInsertId().toLongLong();
}

void SqlQuery::fail(const QString& what) const
{
    const QString statement = m_sql.simplified().left(80);
    throw HeraldError(QCoreApplication::translate("SqlQuery", "Database %1: statement \"%2\" %3: %4")
                          .arg(m_db.databaseName(), statement, what, m_query.lastError().text()));
}

} // namespace Herald
