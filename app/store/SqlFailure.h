#pragma once

#include "base/HeraldError.h"

#include <QCoreApplication>
#include <QSqlError>

namespace Herald {

// What a failed statement means to the person using Herald. A full disk, a file that cannot be
// written, a failing disk or a busy file each get a sentence that says what happened to the
// change and what to do; SQLite's own words and the statement go in the error's details.
class SqlFailure {
    Q_DECLARE_TR_FUNCTIONS(SqlFailure)

public:
    // `what`: the statement, shortened, and what went wrong with it ("failed", "could not prepare").
    static HeraldError of(const QString& databasePath, const QString& what, const QSqlError& error);
};

} // namespace Herald
