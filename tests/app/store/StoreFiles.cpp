#include "StoreFiles.h"

#include "store/Migrator.h"

#include <QAtomicInteger>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Herald::Test::StoreFiles {

namespace {
QAtomicInteger<int> nextConnection;

QString runAll(const QString& name, const QString& databasePath, const QStringList& statements)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(databasePath);
    if (!db.open())
        return db.lastError().text();
    for (const QString& statement : statements) {
        QSqlQuery query(db);
        if (!query.exec(statement))
            return statement + u": "_s + query.lastError().text();
    }
    db.close();
    return {};
}
} // namespace

QString dataFile(const QString& relativePath)
{
    return QDir(QStringLiteral(HERALD_TEST_DATA)).filePath(relativePath);
}

QString createFromSql(const QString& databasePath, const QString& sqlFile)
{
    QFile file(sqlFile);
    if (!file.open(QIODevice::ReadOnly))
        return u"cannot read %1: %2"_s.arg(sqlFile, file.errorString());
    const QStringList statements = Migrator::statementsOf(QString::fromUtf8(file.readAll()));
    const QString name = u"fixture-%1"_s.arg(nextConnection.fetchAndAddRelaxed(1));
    const QString error = runAll(name, databasePath, statements);
    QSqlDatabase::removeDatabase(name);
    return error;
}

QByteArray contents(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QByteArray sha256(const QString& path)
{
    return QCryptographicHash::hash(contents(path), QCryptographicHash::Sha256).toHex();
}

QStringList filesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace Herald::Test::StoreFiles
