#include "store/Transaction.h"

#include "base/HeraldError.h"
#include "store/SqlFailure.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
// Connections are per thread, so what is open on each is too.
struct Open {
    int depth = 0;      // nested Transactions
    quint64 serial = 0; // the outermost one's number; 0 when none or committing
};
thread_local QHash<QString, Open> openByConnection;
std::atomic<quint64> lastSerial = 0;

void run(const QSqlDatabase& db, const QString& statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        throw SqlFailure::of(db.databaseName(),
                             QCoreApplication::translate("Transaction", "%1 failed").arg(statement),
                             query.lastError());
}
} // namespace

Transaction::Transaction(const QSqlDatabase& db) : m_db(db)
{
    Open& open = openByConnection[db.connectionName()];
    m_outermost = open.depth == 0;
    if (m_outermost) {
        run(m_db, m_db.driverName() == u"QSQLITE"_s ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s);
        open.serial = ++lastSerial;
    }
    ++open.depth;
}

Transaction::~Transaction()
{
    Open& open = openByConnection[m_db.connectionName()];
    --open.depth;
    if (m_outermost) {
        open.serial = 0;
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
        openByConnection[m_db.connectionName()].serial = 0;
        run(m_db, u"COMMIT"_s);
    }
    m_done = true;
}

quint64 Transaction::current(const QSqlDatabase& db)
{
    return openByConnection.value(db.connectionName()).serial;
}

} // namespace Herald
