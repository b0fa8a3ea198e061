#include "store/Database.h"

#include "base/HeraldError.h"
#include "store/DatabaseBackup.h"
#include "store/DatabaseOpenError.h"
#include "store/Migrator.h"
#include "store/StatementCache.h"
#include "store/WalFlusher.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
QAtomicInteger<quint64> nextDatabaseNumber;

void checkHeader(const QString& path)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return; // a new database
    if (!file.open(QIODevice::ReadOnly))
        throw DatabaseOpenError(DatabaseOpenError::Reason::CannotOpen, path,
                                Database::tr("Cannot read %1: %2.").arg(path, file.errorString()));
    const QByteArray header = file.read(16);
    if (header != QByteArrayLiteral("SQLite format 3\0"))
        throw DatabaseOpenError(
            DatabaseOpenError::Reason::NotADatabase, path,
            Database::tr("%1 is not a Herald database: it is not an SQLite file at all (it may be "
                         "damaged, or another kind of file). It was not changed.")
                .arg(path));
}

QString firstValue(const QSqlDatabase& db, const QString& statement, QSqlError* error)
{
    QSqlQuery query(db);
    if (!query.exec(statement)) {
        *error = query.lastError();
        return {};
    }
    return query.next() ? query.value(0).toString() : QString();
}

// SQLite's own result codes say what is wrong with a file better than its message text.
DatabaseOpenError failure(const QString& path, const QSqlError& error)
{
    const QString code = error.nativeErrorCode();
    if (code == u"11"_s) // SQLITE_CORRUPT
        return {DatabaseOpenError::Reason::Corrupt, path,
                Database::tr("%1 is damaged: %2. It was not changed.").arg(path, error.databaseText())};
    if (code == u"26"_s) // SQLITE_NOTADB
        return {DatabaseOpenError::Reason::NotADatabase, path,
                Database::tr("%1 is not a Herald database: %2. It was not changed.")
                    .arg(path, error.databaseText())};
    return {DatabaseOpenError::Reason::CannotOpen, path,
            Database::tr("Cannot open %1: %2").arg(path, error.text())};
}
void quickCheck(const QSqlDatabase& db, const QString& path)
{
    QSqlError error;
    const QString check = firstValue(db, u"PRAGMA quick_check"_s, &error);
    if (error.isValid())
        throw failure(path, error);
    if (check != u"ok"_s)
        throw DatabaseOpenError(DatabaseOpenError::Reason::Corrupt, path,
                                Database::tr("%1 is damaged: SQLite's integrity check says \"%2\". It was "
                                             "not changed.")
                                    .arg(path, check));
}
} // namespace

Database::Database(const QString& path, bool readOnly)
    : m_path(path)
    , m_prefix(u"herald-%1-"_s.arg(nextDatabaseNumber.fetchAndAddRelaxed(1)))
    , m_readOnly(readOnly)
{
}

Database::~Database()
{
    QMutexLocker lock(&m_mutex);
    for (const QString& name : std::as_const(m_connections)) {
        StatementCache::forget(name);
        QSqlDatabase::removeDatabase(name);
    }
}

std::shared_ptr<Database> Database::open(const QString& path, const Clock& clock, const Options& options)
{
    if (options.readOnly)
        return openReadOnly(path);
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        throw DatabaseOpenError(
            DatabaseOpenError::Reason::CannotOpen, path,
            Database::tr("Cannot open %1: the folder %2 does not exist.").arg(path, info.absolutePath()));
    checkHeader(path);
    const bool existed = info.exists() && info.size() > 0;

    std::shared_ptr<Database> database(new Database(info.absoluteFilePath(), false));
    QSqlDatabase db = database->connection();
    if (existed)
        quickCheck(db, path);
    // Only a file known to be Herald's, at a schema this Herald knows, is backed up and switched
    // to WAL (which rewrites the header); anything else is refused by migrate() untouched.
    const int version = Migrator::currentVersion(db);
    if (version >= 0 && version <= Migrator::latestVersion()) {
        // An upgrade is backed up whatever the options say (herald-cli commands that skip the
        // per-open backup still must not upgrade without a way back).
        const bool upgrading = version < Migrator::latestVersion();
        if (existed && version > 0 && (options.backup || upgrading))
            DatabaseBackup::take(*database, clock, options.keepBackups > 0 ? options.keepBackups : 5);
        QSqlError error;
        firstValue(db, u"PRAGMA journal_mode=WAL"_s, &error);
        if (error.isValid())
            throw failure(path, error);
    }
    Migrator::migrate(db, clock);
    QSqlError error;
    database->m_id = firstValue(db, u"SELECT id FROM database_identity WHERE singleton = 1"_s, &error);
    if (error.isValid())
        throw failure(path, error);
    if (database->m_id.isEmpty())
        throw DatabaseOpenError(DatabaseOpenError::Reason::Corrupt, path,
                                Database::tr("%1 is damaged: it has lost its database id.").arg(path));
    database->m_schemaVersion = Migrator::latestVersion();
    return database;
}

std::shared_ptr<Database> Database::openReadOnly(const QString& path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        throw DatabaseOpenError(DatabaseOpenError::Reason::CannotOpen, path,
                                Database::tr("%1 does not exist or is not a file.").arg(path));
    if (info.size() == 0)
        throw DatabaseOpenError(DatabaseOpenError::Reason::NotHerald, path,
                                Database::tr("%1 is empty: it is not a Herald database (Herald never "
                                             "leaves a database without its schema). It was not changed.")
                                    .arg(path));
    checkHeader(path);
    std::shared_ptr<Database> database(new Database(info.absoluteFilePath(), true));
    const QSqlDatabase db = database->connection();
    quickCheck(db, path);
    const int version = Migrator::currentVersion(db);
    if (version <= 0)
        throw DatabaseOpenError(DatabaseOpenError::Reason::NotHerald, path,
                                Database::tr("%1 is an SQLite database, but not one of Herald's: it has no "
                                             "Herald schema. It was not changed.")
                                    .arg(path));
    if (version > Migrator::latestVersion())
        throw DatabaseOpenError(DatabaseOpenError::Reason::TooNew, path,
                                Database::tr("%1 was written by a newer Herald (schema version %2; this "
                                             "Herald knows up to %3). It was not changed.")
                                    .arg(path)
                                    .arg(version)
                                    .arg(Migrator::latestVersion()));
    database->m_schemaVersion = version;
    if (db.tables().contains(u"database_identity"_s)) {
        QSqlError error;
        database->m_id = firstValue(db, u"SELECT id FROM database_identity WHERE singleton = 1"_s, &error);
        if (error.isValid())
            throw failure(path, error);
    }
    return database;
}

QSqlDatabase Database::connection() const
{
    const QString name = m_prefix + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16);
    {
        QMutexLocker lock(&m_mutex);
        if (m_connections.contains(name))
            return QSqlDatabase::database(name, false);
        m_connections.insert(name);
    }
    return openConnection(name);
}

void Database::closeThreadConnection() const
{
    const QString name = m_prefix + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16);
    QMutexLocker lock(&m_mutex);
    if (m_connections.remove(name)) {
        StatementCache::forget(name);
        QSqlDatabase::removeDatabase(name);
    }
}

std::unique_ptr<WalFlusher> Database::deferThreadSyncs() const
{
    const QSqlDatabase db = connection();
    // The log exists while a connection in WAL mode is open, as this one now is.
    auto flusher = std::make_unique<WalFlusher>(m_path + u"-wal"_s);
    QSqlError error;
    firstValue(db, u"PRAGMA synchronous=NORMAL"_s, &error);
    if (error.isValid())
        throw HeraldError(tr("Database %1: %2").arg(m_path, error.text()));
    return flusher;
}

QSqlDatabase Database::openConnection(const QString& name) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(m_readOnly ? u"QSQLITE_BUSY_TIMEOUT=10000;QSQLITE_OPEN_READONLY"_s
                                    : u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    if (!db.open())
        throw failure(m_path, db.lastError());
    if (m_readOnly)
        return db; // nothing to set: it never writes
    // Per-connection settings only: nothing here writes to the file (WAL is set once in open()).
    for (const QString& pragma : {u"PRAGMA synchronous=FULL"_s, u"PRAGMA foreign_keys=ON"_s}) {
        QSqlError error;
        firstValue(db, pragma, &error);
        if (error.isValid())
            throw failure(m_path, error);
    }
    return db;
}

} // namespace Herald
