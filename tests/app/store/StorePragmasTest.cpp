#include "store/Database.h"
#include "store/Store.h"
#include "support/TestDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Herald;

// Every connection is durable (WAL, synchronous=FULL) and checks foreign keys, on every thread.
class StorePragmasTest : public QObject {
    Q_OBJECT

private:
    static QVariant pragma(const QSqlDatabase& db, const QString& name)
    {
        QSqlQuery query(db);
        if (!query.exec(u"PRAGMA "_s + name) || !query.next())
            return QVariant();
        return query.value(0);
    }

    struct ThreadResult {
        QString connectionName;
        QString journalMode;
        int synchronous = -1;
        int foreignKeys = -1;
        QStringList people;
        bool wrote = false;
    };

private Q_SLOTS:
    void connectionIsDurable()
    {
        Test::TestDatabase db;
        const QSqlDatabase connection = db.store().connection();
        QCOMPARE(pragma(connection, u"journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(pragma(connection, u"synchronous"_s).toInt(), 2);
        QCOMPARE(pragma(connection, u"foreign_keys"_s).toInt(), 1);
    }

    void foreignKeysAreEnforced()
    {
        Test::TestDatabase db;
        QSqlQuery query(db.store().connection());
        QVERIFY(!query.exec(
            u"INSERT INTO incident_roles (incident_id, role, person_id) VALUES (41, 'approver', 42)"_s));
        QVERIFY2(query.lastError().text().contains(u"FOREIGN KEY"_s, Qt::CaseInsensitive),
                 qPrintable(query.lastError().text()));
    }

    void sameThreadGetsTheSameConnection()
    {
        Test::TestDatabase db;
        QCOMPARE(db.store().database().connection().connectionName(),
                 db.store().database().connection().connectionName());
    }

    void anotherThreadGetsItsOwnWorkingConnection()
    {
        Test::TestDatabase db;
        const Store& store = db.store();
        store.people().add(Person{0, u"Main thread"_s, QString(), {}});
        const QString mainName = store.connection().connectionName();

        ThreadResult result;
        std::unique_ptr<QThread> thread(QThread::create([&store, &result] {
            {
                const QSqlDatabase connection = store.connection();
                result.connectionName = connection.connectionName();
                result.journalMode = pragma(connection, u"journal_mode"_s).toString();
                result.synchronous = pragma(connection, u"synchronous"_s).toInt();
                result.foreignKeys = pragma(connection, u"foreign_keys"_s).toInt();
            }
            for (const Person& person : store.people().all())
                result.people << person.name;
            store.people().add(Person{0, u"Other thread"_s, QString(), {}});
            result.wrote = true;
            store.database().closeThreadConnection();
        }));
        thread->start();
        QVERIFY(thread->wait(30'000));

        QVERIFY(!result.connectionName.isEmpty());
        QVERIFY(result.connectionName != mainName);
        QCOMPARE(result.journalMode, u"wal"_s);
        QCOMPARE(result.synchronous, 2);
        QCOMPARE(result.foreignKeys, 1);
        QCOMPARE(result.people, QStringList{u"Main thread"_s});
        QVERIFY(result.wrote);
        // The other thread's write is visible here, and this thread's connection still works.
        QStringList names;
        for (const Person& person : store.people().all())
            names << person.name;
        QCOMPARE(names, (QStringList{u"Main thread"_s, u"Other thread"_s}));
        QCOMPARE(store.connection().connectionName(), mainName);
    }
};

QTEST_GUILESS_MAIN(StorePragmasTest)
#include "StorePragmasTest.moc"
