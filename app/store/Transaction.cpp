#include "store/Transaction.h"

#include "base/HeraldError.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
// Connections are per thread, so the nesting depth is too.
thread_local QHash<QString, int> depthByConnection;
thread_local QHash<QString, quint64> serialByConnection;
std::atomic<quint64> lastSerial = 0;

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
    if (m_outermost) {
        run(m_db, m_db.driverName() == u"QSQLITE"_s ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s);
        m_serial = ++lastSerial;
        serialByConnection.insert(db.connectionName(), m_serial);
    }
    ++depth;
}

Transaction::~Transaction()
{
    --depthByConnection[m_db.connectionName()];
    if (m_outermost) {
        serialByConnection.remove(m_db.connectionName());
        if (!m_done) {
            QSqlQuery query(m_db);
            query.exec(u"ROLLBACK"_s);
        }
    }
}

void Transaction::commit()
{
    if (m_outermost) {
        // Over before COMMIT runs: a failed COMMIT leaves the transaction to the rollback.
        serialByConnection.remove(m_db.connectionName());
        run(m_db, u"COMMIT"_s);
    }
    m_done = true;
}

quint64 Transaction::current(const QSqlDatabase& db)
{
    return serialByConnection.value(db.connectionName());
}

} // namespace Herald
