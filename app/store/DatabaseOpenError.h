#pragma once

#include "base/HeraldError.h"

namespace Herald {

// Why a database file could not be opened. The file named is never modified when this is thrown.
class DatabaseOpenError : public HeraldError {
public:
    enum class Reason {
        CannotOpen,   // missing folder, no permission, locked
        NotADatabase, // not an SQLite file at all
        Corrupt,      // SQLite file failing its integrity check
        NotHerald,    // a healthy SQLite file of some other program
        TooNew,       // written by a newer Herald
        UpgradeFailed // a migration failed; the file was left as it was
    };

    DatabaseOpenError(Reason reason, const QString& path, const QString& message);
    Reason reason() const { return m_reason; }
    QString path() const { return m_path; }

private:
    Reason m_reason;
    QString m_path;
};

} // namespace Herald
