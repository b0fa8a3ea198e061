#include "StoreFiles.h"
#include "base/HeraldError.h"
#include "base/ManualClock.h"
#include "store/Database.h"
#include "store/DatabaseBackup.h"
#include "store/DatabaseOpenError.h"
#include "store/Store.h"
#include "support/TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Herald;
namespace Files = Herald::Test::StoreFiles;

// The online backup taken on every open, its rotation, and putting the newest one back.
class StoreBackupTest : public QObject {
    Q_OBJECT

private:
    static QStringList names(const QStringList& paths)
    {
        QStringList out;
        for (const QString& path : paths)
            out << QFileInfo(path).fileName();
        return out;
    }

    static QStringList personNames(const Store& store)
    {
        QStringList out;
        for (const Person& person : store.people().all())
            out << person.name;
        return out;
    }

    void addPerson(const QString& name, const Database::Options& options = {})
    {
        Store store(Database::open(m_path, m_clock, options));
        store.people().add(Person{0, name, QString(), {}});
    }

    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_path;
    ManualClock m_clock{Test::TestDatabase::epoch()};

private Q_SLOTS:
    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tmp->isValid());
        m_path = QDir(m_tmp->path()).filePath(u"herald.sqlite"_s);
        m_clock.set(Test::TestDatabase::epoch());
    }

    void folderIsBesideTheDatabase()
    {
        QCOMPARE(DatabaseBackup::folderFor(u"/data/herald.sqlite"_s), u"/data/herald.sqlite.backups"_s);
    }

    void openingAnExistingDatabaseTakesABackup()
    {
        addPerson(u"Priya Shah"_s); // a new file: nothing to back up yet
        QVERIFY(DatabaseBackup::backupsOf(m_path).isEmpty());

        m_clock.advanceSeconds(61);
        m_clock.set(m_clock.now().addMSecs(250));
        Store store(Database::open(m_path, m_clock));
        const QStringList backups = DatabaseBackup::backupsOf(m_path);
        QCOMPARE(names(backups), QStringList{u"backup-20261126-120101-250.sqlite"_s});
        QCOMPARE(QFileInfo(backups.first()).absolutePath(),
                 QFileInfo(DatabaseBackup::folderFor(m_path)).absoluteFilePath());

        // The backup is a complete Herald database of its own.
        Store backup(Database::open(backups.first(), m_clock, {.backup = false}));
        QCOMPARE(personNames(backup), QStringList{u"Priya Shah"_s});
    }

    void onlyTheNewestBackupsAreKept()
    {
        const Database::Options keepThree{.backup = true, .keepBackups = 3};
        addPerson(u"Person 0"_s, keepThree);
        for (int i = 1; i <= 6; ++i) {
            m_clock.advanceSeconds(60);
            addPerson(u"Person %1"_s.arg(i), keepThree);
        }
        // Six opens of an existing file took six backups; the three newest are kept, newest first.
        QCOMPARE(names(DatabaseBackup::backupsOf(m_path)),
                 (QStringList{u"backup-20261126-120600-000.sqlite"_s, u"backup-20261126-120500-000.sqlite"_s,
                              u"backup-20261126-120400-000.sqlite"_s}));
        QCOMPARE(Files::filesIn(DatabaseBackup::folderFor(m_path)).size(), 3);

        // The newest backup was taken when the sixth person was about to be added.
        Store newest(Database::open(DatabaseBackup::backupsOf(m_path).first(), m_clock, {.backup = false}));
        QCOMPARE(newest.people().all().size(), 6);
    }

    void noBackupWhenDisabled()
    {
        addPerson(u"Priya Shah"_s);
        m_clock.advanceSeconds(60);
        addPerson(u"Alex Morgan"_s, {.backup = false});
        QVERIFY(!QFileInfo::exists(DatabaseBackup::folderFor(m_path)));
    }

    void restoreLatestKeepsTheDamagedFileAside()
    {
        addPerson(u"In the backup"_s);
        m_clock.advanceSeconds(60);
        addPerson(u"After the backup"_s); // this open took the backup, before the second person
        QCOMPARE(DatabaseBackup::backupsOf(m_path).size(), 1);

        QByteArray damaged = Files::contents(m_path);
        QVERIFY(damaged.size() > 3 * 4096);
        for (qsizetype i = 2 * 4096; i < damaged.size(); ++i)
            damaged[i] = char(0xA5 ^ (i & 0xFF));
        {
            QFile file(m_path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QCOMPARE(file.write(damaged), damaged.size());
        }

        m_clock.advanceSeconds(60);
        const QString movedTo = DatabaseBackup::restoreLatest(m_path, m_clock);
        QCOMPARE(movedTo, m_path + u".damaged-20261126-120200-000"_s);
        QVERIFY(Files::contents(movedTo) == damaged);

        Store restored(Database::open(m_path, m_clock));
        QCOMPARE(personNames(restored), QStringList{u"In the backup"_s});
    }

    void refusedOpenKeepsTheExistingBackups()
    {
        // The backups taken while the file was readable are what a person falls back on when a newer
        // Herald has upgraded it: an older Herald that refuses the file must not rotate them away.
        addPerson(u"Priya Shah"_s);
        m_clock.advanceSeconds(60);
        addPerson(u"Alex Morgan"_s);
        const QStringList before = DatabaseBackup::backupsOf(m_path);
        QCOMPARE(before.size(), 1);
        {
            Store store(Database::open(m_path, m_clock, {.backup = false}));
            QSqlQuery query(store.connection());
            QVERIFY(query.exec(u"INSERT INTO schema_migrations (version, name, applied_at) "
                               u"VALUES (999, '0999_future.sql', '2031-01-01T00:00:00.000Z')"_s));
        }
        const Database::Options keepTwo{.backup = true, .keepBackups = 2};
        for (int i = 0; i < 3; ++i) {
            m_clock.advanceSeconds(60);
            QVERIFY_THROWS_EXCEPTION(DatabaseOpenError, Database::open(m_path, m_clock, keepTwo));
        }
        QCOMPARE(names(DatabaseBackup::backupsOf(m_path)).join(u", "_s), names(before).join(u", "_s));
    }

    void restoreWithoutABackupRefuses()
    {
        addPerson(u"Priya Shah"_s);
        const QByteArray before = Files::contents(m_path);
        QVERIFY_THROWS_EXCEPTION(HeraldError, DatabaseBackup::restoreLatest(m_path, m_clock));
        QVERIFY(Files::contents(m_path) == before);
        QCOMPARE(Files::filesIn(m_tmp->path()), QStringList{u"herald.sqlite"_s});
    }
};

QTEST_GUILESS_MAIN(StoreBackupTest)
#include "StoreBackupTest.moc"
