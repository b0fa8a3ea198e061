#include "store/Database.h"

#include "store/DatabaseBackup.h"
#include "store/DatabaseOpenError.h"
#include "store/Migrator.h"

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
QString tr(const char* text)
{
    return QCoreApplication::translate("Database", text);
}

QAtomicInteger<quint64> nextDatabaseNumber;

void checkHeader(const QString& path)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return; // a new database
    if (!file.open(QIODevice::ReadOnly))
        throw DatabaseOpenError(DatabaseOpenError::Reason::CannotOpen, path,
                                tr("Cannot read %1: %2.").arg(path, file.errorString()));
    const QByteArray header = file.read(16);
    if (header != QByteArrayLiteral("SQLite format 3\0"))
        throw DatabaseOpenError(DatabaseOpenError::Reason::NotADatabase, path,
                                tr("%1 is not a Herald database: it is not an SQLite file at all (it may be "
                                   "damaged, or another kind of file). It was not changed.")
                                    .arg(path));
}

QString firstValue(const QSqlDatabase& db, const QString& statement, QString* error)
{
    QSqlQuery query(db);
    if (!query.exec(statement)) {
        *error = query.lastError().text();
        return {};
    }
    return query.next() ? query.value(0).toString() : QString();
}
} // namespace

Database::Database(const QString& path)
    : m_path(path)
    , m_prefix(u"herald-%1-"_s.arg(nextDatabaseNumber.fetchAndAddRelaxed(1)))
{
}

Database::~Database()
{
    QMutexLocker lock(&m_mutex);
    for (const QString& name : std::as_const(m_connections))
        QSqlDatabase::removeDatabase(name);
}

std::shared_ptr<Database> Database::open(const QString& path, const Clock& clock, const Options& options)
{
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        throw DatabaseOpenError(
            DatabaseOpenError::Reason::CannotOpen, path,
            tr("Cannot open %1: the folder %2 does not exist.").arg(path, info.absolutePath()));
    checkHeader(path);
    const bool existed = info.exists() && info.size() > 0;

    std::shared_ptr<Database> database(new Database(info.absoluteFilePath()));
    QSqlDatabase db = database->connection();
    if (existed) {
        QString error;
        const QString check = firstValue(db, u"PRAGMA quick_check"_s, &error);
        if (check != u"ok"_s)
            throw DatabaseOpenError(DatabaseOpenError::Reason::Corrupt, path,
                                    tr("%1 is damaged: SQLite's integrity check says \"%2\". It was not "
                                       "changed.")
                                        .arg(path, error.isEmpty() ? check : error));
        if (options.backup && Migrator::currentVersion(db) > 0)
            DatabaseBackup::take(*database, clock, options.keepBackups);
    }
    if (Migrator::currentVersion(db) >= 0 && Migrator::currentVersion(db) <= Migrator::latestVersion()) {
        // Only a file known to be Herald's (or new) is switched to WAL: it changes the header.
        QString error;
        firstValue(db, u"PRAGMA journal_mode=WAL"_s, &error);
    }
    Migrator::migrate(db, clock);
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
    if (m_connections.remove(name))
        QSqlDatabase::removeDatabase(name);
}

QSqlDatabase Database::openConnection(const QString& name) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    if (!db.open())
        throw DatabaseOpenError(db.lastError().text().contains(u"malformed"_s)
                                    ? DatabaseOpenError::Reason::Corrupt
                                    : DatabaseOpenError::Reason::CannotOpen,
                                m_path, tr("Cannot open %1: %2").arg(m_path, db.lastError().text()));
    // Per-connection settings only: nothing here writes to the file (WAL is set once in open()).
    for (const QString& pragma : {u"PRAGMA synchronous=FULL"_s, u"PRAGMA foreign_keys=ON"_s}) {
        QString error;
        firstValue(db, pragma, &error);
        if (!error.isEmpty()) {
            const auto reason = error.contains(u"not a database"_s) ? DatabaseOpenError::Reason::NotADatabase
                                                                    : DatabaseOpenError::Reason::CannotOpen;
            throw DatabaseOpenError(reason, m_path, tr("Cannot open %1: %2").arg(m_path, error));
        }
    }
    return db;
}

} // namespace Herald
