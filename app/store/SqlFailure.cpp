#include "store/SqlFailure.h"

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
// SQLite's primary result codes (sqlite3.h): the driver reports them, sometimes extended.
enum : int { Busy = 5, Locked = 6, ReadOnly = 8, IoError = 10, Corrupt = 11, Full = 13, CantOpen = 14 };
} // namespace

HeraldError SqlFailure::of(const QString& databasePath, const QString& what, const QSqlError& error)
{
    const QString details = tr("Database %1: %2: %3").arg(databasePath, what, error.text());
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    if (!ok)
        return HeraldError(details);
    const QString unsaved = tr("This change was not saved; nothing saved before is lost.");
    switch (code) {
    case Full:
        return HeraldError(
            tr("The disk holding %1 is full. %2 Free some space, then try again.").arg(databasePath, unsaved),
            details);
    case ReadOnly:
        return HeraldError(
            tr("%1 cannot be written: the file, its folder or its disk is read-only. %2 Make it "
               "writable, then try again.")
                .arg(databasePath, unsaved),
            details);
    case IoError:
    case CantOpen:
        return HeraldError(tr("The disk holding %1 failed to read or write it. %2 Check the disk, then try "
                              "again.")
                               .arg(databasePath, unsaved),
                           details);
    case Busy:
    case Locked:
        return HeraldError(
            tr("%1 is busy: another program has held it for more than 10 seconds. %2 Try again "
               "in a moment.")
                .arg(databasePath, unsaved),
            details);
    case Corrupt:
        return HeraldError(tr("%1 is damaged. %2 Restore it from its backups folder (%1.backups).")
                               .arg(databasePath, unsaved),
                           details);
    default:
        return HeraldError(details);
    }
}

} // namespace Herald
