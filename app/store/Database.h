#pragma once

#include <QCoreApplication>
#include <QMutex>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace Herald {

class Clock;
class WalFlusher;

// One Herald database file. Each thread gets its own connection (Qt Sql connections must not
// cross threads); every connection runs in WAL mode with synchronous=FULL, foreign keys on and
// a busy timeout, because an outbox row that a power cut can undo is a lost message. Only the
// outbox's own thread defers its syncs (deferThreadSyncs): what a power cut could undo there is
// a claim or an outcome, and the row is then sent again with the same idempotency key.
class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    struct Options {
        // Take an online backup on open. An existing file about to be upgraded is backed up
        // whatever this says: an upgrade is never made without a way back.
        bool backup = true;
        int keepBackups = 5; // 0: the default (5) when an upgrade forces a backup
        // Open an existing Herald file for reading only (SQLite's read-only mode): never created,
        // backed up, upgraded or switched to WAL. An old schema is opened as it is (id() is empty
        // before version 6); an empty, foreign or newer file is refused.
        bool readOnly = false;
    };

    // Opens (or creates) the file, checks it, backs it up and upgrades it.
    // Throws DatabaseOpenError; the file is never modified when it does.
    static std::shared_ptr<Database> open(const QString& path, const Clock& clock, const Options& options);
    static std::shared_ptr<Database> open(const QString& path, const Clock& clock)
    {
        return open(path, clock, Options{});
    }
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    // The schema version of the file (Migrator::latestVersion() unless opened read-only).
    int schemaVersion() const { return m_schemaVersion; }
    // This database's own random id (schema version 6), read once on open. Copies and backups of
    // the file share it; it keys what lives outside the file, such as keychain credentials.
    QString id() const { return m_id; }
    // The calling thread's connection, opened on first use.
    QSqlDatabase connection() const;
    // Threads other than the opening one call this before they end.
    void closeThreadConnection() const;
    // The calling thread's commits stop waiting for the disk (synchronous=NORMAL): each is safe
    // from a crash of the process at once, and from a power cut once the returned flusher synced
    // it. For a thread that commits often and must not stall (the outbox's). Keep the flusher
    // until the connection is closed. Throws HeraldError, changing nothing, when it cannot.
    std::unique_ptr<WalFlusher> deferThreadSyncs() const;

private:
    explicit Database(const QString& path, bool readOnly);
    static std::shared_ptr<Database> openReadOnly(const QString& path);
    QSqlDatabase openConnection(const QString& name) const;

    QString m_path;
    QString m_id;
    QString m_prefix;
    bool m_readOnly = false;
    int m_schemaVersion = 0;
    mutable QMutex m_mutex;
    mutable QSet<QString> m_connections;
};

} // namespace Herald
