#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Helpers for the store tests: fixture databases built from SQL text in tests/data/store, and
// byte-exact looks at files, to prove that a refused file was left exactly as it was.
namespace Herald::Test::StoreFiles {

// Path of a file in tests/data.
QString dataFile(const QString& relativePath);
// Builds an SQLite database from an SQL file (statements end with ";" at the end of a line, "--"
// starts a comment) with a plain QSQLITE connection. Returns an error text, empty on success.
QString createFromSql(const QString& databasePath, const QString& sqlFile);
QByteArray contents(const QString& path);
QByteArray sha256(const QString& path);
// File names in a folder, sorted.
QStringList filesIn(const QString& folder);

} // namespace Herald::Test::StoreFiles
