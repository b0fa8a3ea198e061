#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace Herald {

// One running dispatcher's claim to the outbox rows it sends. Several processes may dispatch
// from one database (the GUI, a runbook's `herald-cli dispatch`); each row in flight records
// its owner's token, and another dispatcher takes the row back only once that owner is known to
// be gone. Known, not guessed: each owner holds an exclusive lock (flock) on a file of its own
// beside the database, and the kernel releases it when the process ends, however it ends
// (kill -9 included). No clock or lease is involved, so a paused process never loses its rows.
class OutboxOwner {
    Q_DECLARE_TR_FUNCTIONS(OutboxOwner)

public:
    // Becomes a new owner for the database at `databasePath`. Throws HeraldError when the lock
    // file cannot be made (then this process must not dispatch).
    static std::unique_ptr<OutboxOwner> take(const QString& databasePath);
    ~OutboxOwner(); // releases the lock and removes its file
    OutboxOwner(const OutboxOwner&) = delete;
    OutboxOwner& operator=(const OutboxOwner&) = delete;

    QString token() const { return m_token; }
    // Whether the owner `token` of the database at `databasePath` still runs. An empty token
    // (rows claimed before owners were recorded) has no owner. A gone owner's file is removed.
    static bool isAlive(const QString& databasePath, const QString& token);
    // The folder holding the owners' lock files.
    static QString folderOf(const QString& databasePath);

private:
    OutboxOwner(QString token, QString path, int fd);

    QString m_token;
    QString m_path;
    int m_fd = -1;
};

} // namespace Herald
