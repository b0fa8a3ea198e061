#include "store/Migrator.h"

#include "base/Clock.h"
#include "store/DatabaseOpenError.h"
#include "store/SqlQuery.h"
#include "store/SqlTime.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
// version -> resource path
QMap<int, QString> migrationFiles()
{
    QMap<int, QString> files;
    const QDir dir(u":/herald/migrations"_s);
    static const QRegularExpression name(u"^(\\d{4})_.*\\.sql$"_s);
    for (const QString& entry : dir.entryList(QDir::Files)) {
        const auto match = name.match(entry);
        if (match.hasMatch())
            files.insert(match.captured(1).toInt(), dir.filePath(entry));
    }
    return files;
}

QStringList statementsOfFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return Migrator::statementsOf(QString::fromUtf8(file.readAll()));
}

bool hasTable(const QSqlDatabase& db, const QString& table)
{
    return db.tables().contains(table);
}
} // namespace

QStringList Migrator::statementsOf(const QString& sql)
{
    QStringList statements;
    QString current;
    const QStringList lines = sql.split(u'\n');
    for (const QString& rawLine : lines) {
        const QString line = rawLine.section(u"--"_s, 0, 0).trimmed();
        if (line.isEmpty())
            continue;
        current += line + u' ';
        if (line.endsWith(u';')) {
            current.chop(2);
            statements << current;
            current.clear();
        }
    }
    return statements;
}

int Migrator::latestVersion()
{
    const auto files = migrationFiles();
    return files.isEmpty() ? 0 : files.lastKey();
}

int Migrator::currentVersion(const QSqlDatabase& db)
{
    if (!hasTable(db, u"schema_migrations"_s))
        return db.tables().isEmpty() ? 0 : -1;
    SqlQuery query(db, u"SELECT MAX(version) FROM schema_migrations"_s);
    query.exec();
    return query.next() ? query.value(0).toInt() : 0;
}

void Migrator::migrate(const QSqlDatabase& db, const Clock& clock)
{
    const QString path = db.databaseName();
    const int current = currentVersion(db);
    const int latest = latestVersion();
    if (current < 0)
        throw DatabaseOpenError(DatabaseOpenError::Reason::NotHerald, path,
                                tr("%1 is an SQLite database, but not one of Herald's: it has tables of its "
                                   "own and no Herald schema. It was not changed.")
                                    .arg(path));
    if (current > latest)
        throw DatabaseOpenError(
            DatabaseOpenError::Reason::TooNew, path,
            tr("%1 was written by a newer Herald (schema version %2; this Herald knows up "
               "to %3). Update Herald to open it. The file was not changed.")
                .arg(path)
                .arg(current)
                .arg(latest));
    if (current == latest)
        return;

    try {
        Transaction transaction(db);
        if (current == 0)
            SqlQuery(db, u"CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                         u"applied_at TEXT NOT NULL)"_s)
                .exec();
        const auto files = migrationFiles();
        for (auto it = files.upperBound(current); it != files.end(); ++it) {
            for (const QString& statement : statementsOfFile(it.value()))
                SqlQuery(db, statement).exec();
            SqlQuery(db, u"INSERT INTO schema_migrations (version, name, applied_at) VALUES (:v, :n, :at)"_s)
                .bind(u":v"_s, it.key())
                .bind(u":n"_s, QFileInfo(it.value()).fileName())
                .bind(u":at"_s, SqlTime::toText(clock.now()))
                .exec();
        }
        transaction.commit();
    } catch (const DatabaseOpenError&) {
        throw;
    } catch (const HeraldError& error) {
        throw DatabaseOpenError(DatabaseOpenError::Reason::UpgradeFailed, path,
                                tr("Could not upgrade %1 from schema version %2 to %3; it was left as it "
                                   "was. %4")
                                    .arg(path)
                                    .arg(current)
                                    .arg(latest)
                                    .arg(error.message()));
    }
}

} // namespace Herald
