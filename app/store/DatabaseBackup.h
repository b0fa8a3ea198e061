#pragma once

#include <QString>
#include <QStringList>

namespace Herald {

class Clock;
class Database;

// Online backups taken each time Herald opens a database, kept beside it in "<file>.backups/".
class DatabaseBackup {
public:
    static QString folderFor(const QString& databasePath);
    // Newest first.
    static QStringList backupsOf(const QString& databasePath);
    // VACUUM INTO a new file, then drop all but the newest `keep`. Returns the new file.
    static QString take(const Database& database, const Clock& clock, int keep);
    // Puts the newest backup in place of a damaged file. The damaged file is kept, renamed to
    // "<file>.damaged-<time>", never overwritten. Returns the name it was moved to.
    static QString restoreLatest(const QString& databasePath, const Clock& clock);
};

} // namespace Herald
