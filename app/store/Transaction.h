#pragma once

#include <QSqlDatabase>

namespace Herald {

// A write transaction. On SQLite it takes the write lock at once (BEGIN IMMEDIATE), so two
// writers wait on the busy timeout instead of failing halfway. Nested transactions join the
// outermost one. Destroyed without commit(), it rolls back.
class Transaction {
public:
    explicit Transaction(const QSqlDatabase& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();
    // The outermost transaction running on this connection (a number no other transaction
    // ever had), or 0 outside one: lets a repository trust what it read earlier in it.
    static quint64 current(const QSqlDatabase& db);

private:
    QSqlDatabase m_db;
    bool m_outermost = false;
    bool m_done = false;
};

} // namespace Herald
