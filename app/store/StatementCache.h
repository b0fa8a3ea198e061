#pragma once

#include <QSqlQuery>
#include <QString>

namespace Herald {

// Prepared statements kept per connection, so that a statement run thousands of times (the
// outbox's claims and outcomes, the timeline's appends) is parsed once, not every time.
// Connections belong to one thread each, so the cache is per thread and needs no lock.
class StatementCache {
public:
    struct Statement {
        QSqlQuery query;
        bool prepared = false;
        bool inUse = false;
    };

    // The cached statement for `sql` on `db`, marked in use; nullptr when the same statement is
    // in use already (a query run inside the loop over its own results) or the cache is full.
    static Statement* take(const QSqlDatabase& db, const QString& sql);
    // Resets the statement (a SELECT left open would pin the reader's snapshot) and frees it.
    static void giveBack(Statement* statement);
    // Drops a connection's statements; before the connection itself is removed.
    static void forget(const QString& connectionName);
};

} // namespace Herald
