#include "store/DatabaseBackup.h"

#include "base/Clock.h"
#include "base/HeraldError.h"
#include "store/Database.h"
#include "store/SqlQuery.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
QString stamp(const Clock& clock)
{
    return clock.now().toString(u"yyyyMMdd-HHmmss-zzz"_s);
}
} // namespace

QString DatabaseBackup::folderFor(const QString& databasePath)
{
    return databasePath + u".backups"_s;
}

QStringList DatabaseBackup::backupsOf(const QString& databasePath)
{
    const QDir dir(folderFor(databasePath));
    QStringList files;
    const QStringList names = dir.entryList({u"*.sqlite"_s}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QString& name : names)
        files << dir.filePath(name);
    return files;
}

QString DatabaseBackup::take(const Database& database, const Clock& clock, int keep)
{
    const QString folder = folderFor(database.path());
    if (!QDir().mkpath(folder))
        throw HeraldError(
            QCoreApplication::translate("DatabaseBackup", "Cannot create the backup folder %1.").arg(folder));
    const QString target = QDir(folder).filePath(u"backup-%1.sqlite"_s.arg(stamp(clock)));
    QFile::remove(target);
    SqlQuery(database.connection(), u"VACUUM INTO :target"_s).bind(u":target"_s, target).exec();
    const QStringList all = backupsOf(database.path());
    for (qsizetype i = keep; i < all.size(); ++i)
        QFile::remove(all.at(i));
    return target;
}

QString DatabaseBackup::restoreLatest(const QString& databasePath, const Clock& clock)
{
    const QStringList backups = backupsOf(databasePath);
    if (backups.isEmpty())
        throw HeraldError(QCoreApplication::translate("DatabaseBackup", "There is no backup of %1 in %2.")
                              .arg(databasePath, folderFor(databasePath)));
    const QString damaged = databasePath + u".damaged-"_s + stamp(clock);
    if (QFile::exists(databasePath) && !QFile::rename(databasePath, damaged))
        throw HeraldError(QCoreApplication::translate("DatabaseBackup", "Cannot move %1 aside to %2.")
                              .arg(databasePath, damaged));
    for (const QString& suffix : {u"-wal"_s, u"-shm"_s})
        if (QFile::exists(databasePath + suffix))
            QFile::rename(databasePath + suffix, damaged + suffix);
    if (!QFile::copy(backups.first(), databasePath))
        throw HeraldError(QCoreApplication::translate("DatabaseBackup", "Cannot copy the backup %1 to %2.")
                              .arg(backups.first(), databasePath));
    return damaged;
}

} // namespace Herald
