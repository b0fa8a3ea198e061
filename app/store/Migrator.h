#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Herald {

class Clock;

// Brings a database to the schema this Herald knows, from the numbered SQL files shipped as
// resources (:/herald/migrations/NNNN_name.sql). All pending steps run in one transaction, so
// a failed upgrade leaves the file exactly as it was.
class Migrator {
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    static int latestVersion();
    // Splits a script of ours: statements end with ";" at the end of a line; "--" starts a comment.
    static QStringList statementsOf(const QString& sql);
    // The version recorded in the database; 0 for an empty one, -1 if it is not Herald's.
    static int currentVersion(const QSqlDatabase& db);
    // Throws DatabaseOpenError (TooNew, NotHerald, UpgradeFailed).
    static void migrate(const QSqlDatabase& db, const Clock& clock);
};

} // namespace Herald
