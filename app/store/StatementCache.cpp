#include "store/StatementCache.h"

#include <QHash>
#include <QSqlDatabase>

#include <memory>

namespace Herald {

namespace {
// Herald has a few hundred distinct statements; a bound keeps a caller that builds statement
// text from data (it should bind instead) from growing the cache without end.
constexpr qsizetype maxStatementsPerConnection = 512;

using Statements = QHash<QString, std::shared_ptr<StatementCache::Statement>>;
thread_local QHash<QString, Statements> cachesByConnection;
} // namespace

StatementCache::Statement* StatementCache::take(const QSqlDatabase& db, const QString& sql)
{
    Statements& statements = cachesByConnection[db.connectionName()];
    auto found = statements.find(sql);
    if (found == statements.end()) {
        if (statements.size() >= maxStatementsPerConnection)
            return nullptr;
        found = statements.insert(sql, std::make_shared<Statement>(Statement{QSqlQuery(db), false, false}));
    }
    Statement* statement = found->get();
    if (statement->inUse)
        return nullptr;
    statement->inUse = true;
    return statement;
}

void StatementCache::giveBack(Statement* statement)
{
    statement->query.finish();
    statement->inUse = false;
}

void StatementCache::forget(const QString& connectionName)
{
    cachesByConnection.remove(connectionName);
}

} // namespace Herald
