#include "store/Transaction.h"

#include "base/HeraldError.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
// Connections are per thread, so the nesting depth is too.
thread_local QHash<QString, int> depthByConnection;

void run(const QSqlDatabase& db, const QString& statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        throw HeraldError(QCoreApplication::translate("Transaction", "Database %1: %2 failed: %3")
                              .arg(db.databaseName(), statement, query.lastError().text()));
}
} // namespace

Transaction::Transaction(const QSqlDatabase& db) : m_db(db)
{
    int& depth = depthByConnection[db.connectionName()];
    m_outermost = depth == 0;
    if (m_outermost)
        run(m_db, m_db.driverName() == u"QSQLITE"_s ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s);
    ++depth;
}

Transaction::~Transaction()
{
    --depthByConnection[m_db.connectionName()];
    if (m_outermost && !m_done) {
        QSqlQuery query(m_db);
        query.exec(u"ROLLBACK"_s);
    }
}

void Transaction::commit()
{
    if (m_outermost)
        run(m_db, u"COMMIT"_s);
    m_done = true;
}

} // namespace Herald
