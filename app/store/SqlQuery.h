#pragma once

#include "base/HeraldError.h"
#include "store/StatementCache.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

namespace Herald {

// A prepared statement that throws HeraldError on failure, naming the statement and the
// database file, so that no SQL error passes silently. Statements are prepared once per
// connection and reused (StatementCache); bind every placeholder each time.
class SqlQuery {
public:
    SqlQuery(const QSqlDatabase& db, const QString& sql);
    ~SqlQuery();
    SqlQuery(const SqlQuery&) = delete;
    SqlQuery& operator=(const SqlQuery&) = delete;

    SqlQuery& bind(const QString& placeholder, const QVariant& value);
    SqlQuery& exec();
    bool next() { return m_query->next(); }
    QVariant value(int column) const { return m_query->value(column); }
    qint64 lastInsertId() const;
    int rowsAffected() const { return m_query->numRowsAffected(); }

private:
    HeraldError failure(const QString& what) const;

    QSqlDatabase m_db;
    QString m_sql;
    StatementCache::Statement* m_cached = nullptr;
    std::optional<QSqlQuery> m_uncached; // when the cache has none to lend
    QSqlQuery* m_query = nullptr;
};

} // namespace Herald
