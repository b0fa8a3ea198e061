// Opening read-only (what an audit does) never writes: an empty file stays empty, an old schema
// is read as it is, a foreign or damaged file is refused unchanged, and nothing can be written
// through it. And an upgrade is never made without a backup, whatever the options say.
#include "StoreFiles.h"
#include "base/ManualClock.h"
#include "store/Database.h"
#include "store/DatabaseBackup.h"
#include "store/DatabaseOpenError.h"
#include "store/Migrator.h"
#include "store/Store.h"
#include "support/TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;
namespace Files = Herald::Test::StoreFiles;

class StoreReadOnlyTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    ManualClock m_clock{Test::TestDatabase::epoch()};
    const Database::Options readOnly{.readOnly = true};

    QString v1(const QString& name)
    {
        const QString path = m_tmp.filePath(name);
        const QString error = Files::createFromSql(path, Files::dataFile(u"store/herald_v1.sql"_s));
        if (!error.isEmpty())
            qFatal("%s", qPrintable(error));
        return path;
    }

    template <typename F> static std::optional<DatabaseOpenError::Reason> refusal(F open)
    {
        try {
            open();
        } catch (const DatabaseOpenError& error) {
            return error.reason();
        }
        return std::nullopt;
    }

private Q_SLOTS:
    void anEmptyFileIsRefusedAndStaysEmpty()
    {
        const QString path = m_tmp.filePath(u"empty.sqlite"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QCOMPARE(refusal([&] { Database::open(path, m_clock, readOnly); }),
                 DatabaseOpenError::Reason::NotHerald);
        QCOMPARE(QFileInfo(path).size(), 0);
        // A missing file is not created either.
        const QString missing = m_tmp.filePath(u"missing.sqlite"_s);
        QCOMPARE(refusal([&] { Database::open(missing, m_clock, readOnly); }),
                 DatabaseOpenError::Reason::CannotOpen);
        QVERIFY(!QFile::exists(missing));
    }

    void anOldSchemaIsReadAsItIs()
    {
        const QString path = v1(u"v1-read.sqlite"_s);
        const QByteArray before = Files::sha256(path);
        {
            const Store store(Database::open(path, m_clock, readOnly));
            QCOMPARE(store.database().schemaVersion(), 1);
            QVERIFY(store.database().isReadOnly());
            QVERIFY(store.databaseId().isEmpty()); // ids came with version 6
            QCOMPARE(store.timeline().events().size(), store.timeline().count());
            // Nothing can be written through it.
            QSqlQuery q(store.connection());
            QVERIFY(!q.exec(u"DELETE FROM timeline_events"_s));
        }
        QCOMPARE(Files::sha256(path), before);
        QVERIFY(!QDir(DatabaseBackup::folderFor(path)).exists());
    }

    void aForeignFileIsRefusedUnchanged()
    {
        const QString path = m_tmp.filePath(u"foreign.sqlite"_s);
        QVERIFY(Files::createFromSql(path, Files::dataFile(u"store/foreign.sql"_s)).isEmpty());
        const QByteArray before = Files::sha256(path);
        QCOMPARE(refusal([&] { Database::open(path, m_clock, readOnly); }),
                 DatabaseOpenError::Reason::NotHerald);
        QCOMPARE(Files::sha256(path), before);
    }

    void aCurrentDatabaseReadsWithItsId()
    {
        const QString path = m_tmp.filePath(u"current.sqlite"_s);
        QString id;
        {
            const Store store(Database::open(path, m_clock, Database::Options{false, 0}));
            id = store.databaseId();
        }
        const Store store(Database::open(path, m_clock, readOnly));
        QCOMPARE(store.databaseId(), id);
        QCOMPARE(store.database().schemaVersion(), Migrator::latestVersion());
    }

    // herald-cli commands open with Options{false, 0} (no backup on each open); an upgrade is
    // backed up all the same, and the backup holds the old schema.
    void anUpgradeIsBackedUpWhateverTheOptions()
    {
        const QString path = v1(u"v1-upgrade.sqlite"_s);
        {
            const Store store(Database::open(path, m_clock, Database::Options{false, 0}));
            QCOMPARE(store.database().schemaVersion(), Migrator::latestVersion());
        }
        const QStringList backups = DatabaseBackup::backupsOf(path);
        QCOMPARE(backups.size(), 1);
        const Store old(Database::open(backups.first(), m_clock, readOnly));
        QCOMPARE(old.database().schemaVersion(), 1);
        // Opening it again at the latest schema takes no backup with backups off.
        {
            const Store again(Database::open(path, m_clock, Database::Options{false, 0}));
        }
        QCOMPARE(DatabaseBackup::backupsOf(path).size(), 1);
    }
};

QTEST_GUILESS_MAIN(StoreReadOnlyTest)
#include "StoreReadOnlyTest.moc"
