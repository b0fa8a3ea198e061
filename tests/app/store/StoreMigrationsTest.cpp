#include "StoreFiles.h"
#include "base/ManualClock.h"
#include "store/Database.h"
#include "store/DatabaseBackup.h"
#include "store/DatabaseOpenError.h"
#include "store/Migrator.h"
#include "store/SqlTime.h"
#include "store/Store.h"
#include "support/TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace Herald;
namespace Files = Herald::Test::StoreFiles;

// Creating and upgrading the schema, and refusing files that are not ours to change.
class StoreMigrationsTest : public QObject {
    Q_OBJECT

private:
    struct MigrationRow {
        int version;
        QString name;
        QString appliedAt;
        bool operator==(const MigrationRow&) const = default;
    };

    static QList<MigrationRow> migrationRows(const Database& database)
    {
        QSqlQuery query(database.connection());
        if (!query.exec(u"SELECT version, name, applied_at FROM schema_migrations ORDER BY version"_s))
            return {};
        QList<MigrationRow> rows;
        while (query.next())
            rows << MigrationRow{query.value(0).toInt(), query.value(1).toString(),
                                 query.value(2).toString()};
        return rows;
    }

    std::optional<DatabaseOpenError> openError(const QString& path)
    {
        try {
            Database::open(path, m_clock);
        } catch (const DatabaseOpenError& error) {
            return error;
        }
        return std::nullopt;
    }

    // Table names as a plain SQLite connection sees them, without going through Herald.
    static QStringList tablesOf(const QString& path)
    {
        const QString name = u"tables-of"_s;
        QStringList tables;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(path);
            if (db.open())
                tables = db.tables(QSql::Tables) + db.tables(QSql::Views);
            tables.sort();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return tables;
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
        m_clock.set(Test::TestDatabase::epoch());
    }

    void newFileGetsTheLatestSchema()
    {
        const QString path = m_dir.filePath(u"new.sqlite"_s);
        const auto database = Database::open(path, m_clock);
        QVERIFY(Migrator::latestVersion() >= 1);
        QCOMPARE(Migrator::currentVersion(database->connection()), Migrator::latestVersion());

        const QList<MigrationRow> rows = migrationRows(*database);
        QCOMPARE(rows.size(), Migrator::latestVersion());
        QCOMPARE(rows.first(), (MigrationRow{1, u"0001_initial.sql"_s, u"2026-11-26T12:00:00.000Z"_s}));
        for (const MigrationRow& row : rows)
            QCOMPARE(row.appliedAt, SqlTime::toText(m_clock.now()));

        const QStringList tables = database->connection().tables();
        for (const QString& table :
             {u"schema_migrations"_s, u"people"_s, u"incidents"_s, u"incident_components"_s,
              u"incident_roles"_s, u"drafts"_s, u"draft_revisions"_s, u"approvals"_s, u"channel_endpoints"_s,
              u"deliveries"_s, u"timeline_events"_s})
            QVERIFY2(tables.contains(table), qPrintable(table));
        // A new file has nothing worth backing up.
        QVERIFY(!QFileInfo::exists(DatabaseBackup::folderFor(database->path())));
    }

    void reopeningIsANoOpAndKeepsData()
    {
        const QString path = m_dir.filePath(u"reopen.sqlite"_s);
        QList<MigrationRow> before;
        {
            Store store(Database::open(path, m_clock));
            store.people().add(Person{0, u"Priya Shah"_s, u"priya@example.com"_s, {Role::Approver}});
            before = migrationRows(store.database());
        }
        m_clock.advanceSeconds(3600);
        Store store(Database::open(path, m_clock));
        QCOMPARE(migrationRows(store.database()), before);
        const QList<Person> people = store.people().all();
        QCOMPARE(people.size(), 1);
        QCOMPARE(people.first().name, u"Priya Shah"_s);
        QCOMPARE(people.first().roles, QList<Role>{Role::Approver});
    }

    void versionOneFileOpensWithItsData()
    {
        const QString path = m_dir.filePath(u"v1.sqlite"_s);
        QCOMPARE(Files::createFromSql(path, Files::dataFile(u"store/herald_v1.sql"_s)), QString());

        Store store(Database::open(path, m_clock));
        QCOMPARE(Migrator::currentVersion(store.connection()), Migrator::latestVersion());
        const QList<MigrationRow> rows = migrationRows(store.database());
        QCOMPARE(rows.size(), Migrator::latestVersion());
        // The step applied back then is kept as it was; later steps (if any) are applied now.
        QCOMPARE(rows.first(), (MigrationRow{1, u"0001_initial.sql"_s, u"2026-01-02T03:04:05.678Z"_s}));
        for (qsizetype i = 1; i < rows.size(); ++i)
            QCOMPARE(rows.at(i).appliedAt, SqlTime::toText(m_clock.now()));

        const auto priya = store.people().byId(1);
        QVERIFY(priya);
        QCOMPARE(priya->name, u"Priya Shah"_s);
        QCOMPARE(priya->roles, (QList<Role>{Role::IncidentManager, Role::Approver}));
        const auto incident = store.incidents().byId(1);
        QVERIFY(incident);
        QCOMPARE(incident->title, u"Payments API partial outage"_s);
        QCOMPARE(incident->severity, Severity::Sev2);
        QCOMPARE(incident->status, IncidentStatus::Identified);
        QCOMPARE(incident->startedAt, QDateTime(QDate(2026, 1, 2), QTime(2, 59, 0, 1), QTimeZone::UTC));
        QCOMPARE(incident->createdAt, QDateTime(QDate(2026, 1, 2), QTime(3, 0, 0, 999), QTimeZone::UTC));
        QVERIFY(!incident->resolvedAt.isValid());
        QCOMPARE(incident->components,
                 (QList<AffectedComponent>{{u"Payments API"_s, ComponentImpact::PartialOutage},
                                           {u"Checkout"_s, ComponentImpact::DegradedPerformance}}));
        QCOMPARE(incident->assignments.value(Role::IncidentManager), qint64(1));
        QCOMPARE(incident->assignments.value(Role::CommunicationsManager), qint64(2));
    }

    void everyDatabaseHasItsOwnLastingId()
    {
        // Keychain credentials are keyed by it: two databases never share one, a database keeps
        // its own when reopened, and a backup (or a restored copy) keeps the original's.
        const QString path = m_dir.filePath(u"a.sqlite"_s);
        QString first;
        {
            Store store(Database::open(path, m_clock));
            first = store.databaseId();
            store.people().add(Person{0, u"Priya Shah"_s, u"priya@example.com"_s, {Role::Approver}});
        }
        static const QRegularExpression hex32(u"^[0-9a-f]{32}$"_s);
        QVERIFY2(hex32.match(first).hasMatch(), qPrintable(first));
        const QString second = Database::open(m_dir.filePath(u"b.sqlite"_s), m_clock)->id();
        QVERIFY2(hex32.match(second).hasMatch(), qPrintable(second));
        QVERIFY(first != second);

        m_clock.advanceSeconds(60);
        const auto reopened = Database::open(path, m_clock); // takes a backup as well
        QCOMPARE(reopened->id(), first);
        QCOMPARE(Store(reopened).databaseId(), first);
        const QStringList backups = DatabaseBackup::backupsOf(path);
        QCOMPARE(backups.size(), 1);
        QCOMPARE(Database::open(backups.first(), m_clock, {.backup = false})->id(), first);

        // A version 1 file gets an id when upgraded, and keeps it from then on.
        const QString old = m_dir.filePath(u"v1.sqlite"_s);
        QCOMPARE(Files::createFromSql(old, Files::dataFile(u"store/herald_v1.sql"_s)), QString());
        const QString upgraded = Database::open(old, m_clock)->id();
        QVERIFY2(hex32.match(upgraded).hasMatch(), qPrintable(upgraded));
        QVERIFY(upgraded != first);
        QCOMPARE(Database::open(old, m_clock)->id(), upgraded);
    }

    void tooNewFileIsRefusedUnchanged()
    {
        const QString path = m_dir.filePath(u"future.sqlite"_s);
        QCOMPARE(Files::createFromSql(path, Files::dataFile(u"store/too_new.sql"_s)), QString());
        const QByteArray before = Files::sha256(path);

        const auto error = openError(path);
        QVERIFY(error);
        QCOMPARE(error->reason(), DatabaseOpenError::Reason::TooNew);
        QCOMPARE(error->path(), path);
        QVERIFY2(error->message().contains(u"999"_s), qPrintable(error->message()));
        QCOMPARE(Files::sha256(path), before);
        QCOMPARE(Files::filesIn(m_dir.path()), QStringList{u"future.sqlite"_s});
    }

    void foreignSqliteFileIsRefusedUnchanged()
    {
        const QString path = m_dir.filePath(u"contacts.db"_s);
        QCOMPARE(Files::createFromSql(path, Files::dataFile(u"store/foreign.sql"_s)), QString());
        const QByteArray before = Files::contents(path);

        const auto error = openError(path);
        QVERIFY(error);
        QCOMPARE(error->reason(), DatabaseOpenError::Reason::NotHerald);
        // Byte for byte: not even the journal mode in the header may change.
        QCOMPARE(Files::contents(path).size(), before.size());
        QCOMPARE(Files::contents(path).mid(0, 100).toHex(), before.mid(0, 100).toHex());
        QVERIFY(Files::contents(path) == before);
        QCOMPARE(Files::filesIn(m_dir.path()), QStringList{u"contacts.db"_s});
        QCOMPARE(tablesOf(path).join(u", "_s), u"contacts, settings"_s);
    }

    void failedMigrationRollsBackCompletely()
    {
        // The fixture holds a view named like an index of migration 0001, so the migration fails
        // after it has created several tables: all of them must be rolled back.
        const QString path = m_dir.filePath(u"blocked.sqlite"_s);
        QCOMPARE(Files::createFromSql(path, Files::dataFile(u"store/blocks_migration.sql"_s)), QString());
        const QByteArray before = Files::sha256(path);

        const auto error = openError(path);
        QVERIFY(error);
        QCOMPARE(error->reason(), DatabaseOpenError::Reason::UpgradeFailed);
        QVERIFY2(error->message().contains(u"drafts_by_incident"_s), qPrintable(error->message()));
        QCOMPARE(Files::sha256(path), before);
        QCOMPARE(tablesOf(path).join(u", "_s), u"drafts_by_incident"_s);
        QCOMPARE(Files::filesIn(m_dir.path()), QStringList{u"blocked.sqlite"_s});
    }
};

QTEST_GUILESS_MAIN(StoreMigrationsTest)
#include "StoreMigrationsTest.moc"
