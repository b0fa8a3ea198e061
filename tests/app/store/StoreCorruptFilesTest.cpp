#include "StoreFiles.h"
#include "base/ManualClock.h"
#include "store/Database.h"
#include "store/DatabaseOpenError.h"
#include "store/Migrator.h"
#include "store/Store.h"
#include "store/Transaction.h"
#include "support/TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace Herald;
namespace Files = Herald::Test::StoreFiles;

// Files that are not healthy databases are refused with the right reason, and never touched.
class StoreCorruptFilesTest : public QObject {
    Q_OBJECT

private:
    std::optional<DatabaseOpenError> openError(const QString& path)
    {
        try {
            Database::open(path, m_clock);
        } catch (const DatabaseOpenError& error) {
            return error;
        }
        return std::nullopt;
    }

    // A Herald database with enough rows to span many pages, closed cleanly (WAL checkpointed).
    QString writeHealthyDatabase(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        Store store(Database::open(path, m_clock));
        Transaction transaction(store.connection());
        for (int i = 0; i < 400; ++i)
            store.people().add(Person{0,
                                      u"Person %1 %2"_s.arg(i).arg(QString(60, u'x')),
                                      u"person%1@example.com"_s.arg(i),
                                      {Role::SupportLead}});
        transaction.commit();
        return path;
    }

    static void writeFile(const QString& path, const QByteArray& bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(bytes), bytes.size());
    }

    std::unique_ptr<QTemporaryDir> m_tmp;
    QDir m_dir;
    ManualClock m_clock{Test::TestDatabase::epoch()};

private Q_SLOTS:
    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tmp->isValid());
        m_dir.setPath(m_tmp->path());
    }

    void textFileIsNotADatabase()
    {
        const QString path = m_dir.filePath(u"notes.sqlite"_s);
        QVERIFY(QFile::copy(Files::dataFile(u"store/not_a_database.txt"_s), path));
        const QByteArray before = Files::contents(path);

        const auto error = openError(path);
        QVERIFY(error);
        QCOMPARE(error->reason(), DatabaseOpenError::Reason::NotADatabase);
        QCOMPARE(error->path(), path);
        QCOMPARE(Files::contents(path), before);
        QCOMPARE(Files::filesIn(m_dir.path()), QStringList{u"notes.sqlite"_s});
    }

    void damagedPagesAreRefusedUnchanged()
    {
        // Garbage over page 3 onwards (the schema's overflow pages among them); the header and the
        // first two pages stay intact.
        const QString path = writeHealthyDatabase(u"damaged.sqlite"_s);
        QCOMPARE(Files::filesIn(m_dir.path()), QStringList{u"damaged.sqlite"_s});
        QByteArray bytes = Files::contents(path);
        const int pageSize = (quint8(bytes.at(16)) << 8) | quint8(bytes.at(17));
        QCOMPARE(pageSize, 4096);
        QVERIFY2(bytes.size() >= 8 * pageSize, "the fixture should span several pages");
        QRandomGenerator random(20261126);
        for (qsizetype i = 2 * pageSize; i < bytes.size(); ++i)
            bytes[i] = char(random.bounded(256));
        writeFile(path, bytes);
        const QByteArray before = Files::sha256(path);

        const auto error = openError(path);
        QVERIFY(error);
        QCOMPARE(Files::sha256(path), before);
        QCOMPARE(Files::filesIn(m_dir.path()), QStringList{u"damaged.sqlite"_s});
        // "database disk image is malformed" is damage, not a missing folder or a permission problem.
        QVERIFY2(error->reason() == DatabaseOpenError::Reason::Corrupt ||
                     error->reason() == DatabaseOpenError::Reason::NotADatabase,
                 qPrintable(u"reason %1: %2"_s.arg(int(error->reason())).arg(error->message())));
    }

    void damagedDataPagesAreCorrupt()
    {
        // Only the last pages, where the rows added after the schema live: the schema still reads,
        // and SQLite's integrity check finds the damage.
        const QString path = writeHealthyDatabase(u"rows.sqlite"_s);
        QByteArray bytes = Files::contents(path);
        const int pageSize = 4096;
        QRandomGenerator random(42);
        for (qsizetype i = bytes.size() - 3 * pageSize; i < bytes.size(); ++i)
            bytes[i] = char(random.bounded(256));
        writeFile(path, bytes);
        const QByteArray before = Files::sha256(path);

        const auto error = openError(path);
        QVERIFY(error);
        QCOMPARE(Files::sha256(path), before);
        QCOMPARE(Files::filesIn(m_dir.path()), QStringList{u"rows.sqlite"_s});
        QCOMPARE(error->reason(), DatabaseOpenError::Reason::Corrupt);
        QVERIFY2(error->message().contains(path), qPrintable(error->message()));
    }

    void garbageAfterTheHeaderIsRefusedUnchanged()
    {
        // Only the 16-byte magic string is right: everything else, page 1 included, is garbage.
        const QString path = writeHealthyDatabase(u"scrambled.sqlite"_s);
        QByteArray bytes = Files::contents(path);
        QRandomGenerator random(7);
        for (qsizetype i = 16; i < bytes.size(); ++i)
            bytes[i] = char(random.bounded(256));
        writeFile(path, bytes);
        const QByteArray before = Files::sha256(path);

        const auto error = openError(path);
        QVERIFY(error);
        QVERIFY2(error->reason() == DatabaseOpenError::Reason::Corrupt ||
                     error->reason() == DatabaseOpenError::Reason::NotADatabase,
                 qPrintable(u"reason %1: %2"_s.arg(int(error->reason())).arg(error->message())));
        QCOMPARE(Files::sha256(path), before);
        QCOMPARE(Files::filesIn(m_dir.path()), QStringList{u"scrambled.sqlite"_s});
    }

    void missingFolderCannotOpen()
    {
        const QString folder = m_dir.filePath(u"no/such/folder"_s);
        const QString path = folder + u"/herald.sqlite"_s;
        const auto error = openError(path);
        QVERIFY(error);
        QCOMPARE(error->reason(), DatabaseOpenError::Reason::CannotOpen);
        QVERIFY2(error->message().contains(folder), qPrintable(error->message()));
        QVERIFY(!QFileInfo::exists(folder));
    }

    void emptyFileBecomesANewDatabase()
    {
        const QString path = m_dir.filePath(u"empty.sqlite"_s);
        writeFile(path, QByteArray());
        const auto database = Database::open(path, m_clock);
        QCOMPARE(Migrator::currentVersion(database->connection()), Migrator::latestVersion());
    }
};

QTEST_GUILESS_MAIN(StoreCorruptFilesTest)
#include "StoreCorruptFilesTest.moc"
