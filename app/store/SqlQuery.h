#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace Herald {

// A prepared statement that throws HeraldError on failure, naming the statement and the
// database file, so that no SQL error passes silently.
class SqlQuery {
public:
    SqlQuery(const QSqlDatabase& db, const QString& sql);

    SqlQuery& bind(const QString& placeholder, const QVariant& value);
    SqlQuery& exec();
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    qint64 lastInsertId() const;
    int rowsAffected() const { return m_query.numRowsAffected(); }

private:
    [[noreturn]] void fail(const QString& what) const;

    QSqlDatabase m_db;
    QSqlQuery m_query;
    QString m_sql;
};

} // namespace Herald
