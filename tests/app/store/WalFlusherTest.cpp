// Commits whose sync is left to a WalFlusher: the deferring connection alone runs with
// synchronous=NORMAL, every commit is numbered and becomes durable in order, and a log that
// cannot be opened changes nothing.

#include "store/WalFlusher.h"

#include "base/HeraldError.h"
#include "store/Database.h"
#include "store/Store.h"
#include "store/Transaction.h"
#include "support/TestDatabase.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace Herald;

class WalFlusherTest : public QObject {
    Q_OBJECT

private:
    static int synchronous(const QSqlDatabase& db)
    {
        QSqlQuery query(db);
        return query.exec(u"PRAGMA synchronous"_s) && query.next() ? query.value(0).toInt() : -1;
    }

    static void commitOne(Test::TestDatabase& db, int n)
    {
        Transaction transaction(db.store().connection());
        QSqlQuery query(db.store().connection());
        QVERIFY(query.exec(u"INSERT INTO flush_test (n) VALUES (%1)"_s.arg(n)));
        transaction.commit();
    }

private Q_SLOTS:
    void onlyTheDeferringThreadStopsWaiting()
    {
        Test::TestDatabase db;
        int otherThread = -1;
        std::unique_ptr<WalFlusher> flusher;
        std::unique_ptr<QThread> outbox(QThread::create([&] {
            flusher = db.store().database().deferThreadSyncs();
            otherThread = synchronous(db.store().connection());
            flusher.reset();
            db.store().database().closeThreadConnection();
        }));
        outbox->start();
        QVERIFY(outbox->wait(10'000));
        QCOMPARE(otherThread, 1);                          // NORMAL
        QCOMPARE(synchronous(db.store().connection()), 2); // FULL, as every other connection
    }

    void commitsBecomeDurableInOrder()
    {
        Test::TestDatabase db;
        QSqlQuery(db.store().connection()).exec(u"CREATE TABLE flush_test (n INTEGER)"_s);
        const std::unique_ptr<WalFlusher> flusher = db.store().database().deferThreadSyncs();
        std::atomic<quint64> announced = 0;
        std::atomic<bool> backwards = false;
        flusher->setDurable([&](quint64 commit) {
            // Never backwards: a sync covers every commit before it.
            backwards = backwards || commit < announced;
            announced = commit;
        });
        quint64 last = 0;
        for (int i = 1; i <= 50; ++i) {
            commitOne(db, i);
            const quint64 number = flusher->committed();
            QCOMPARE(number, last + 1);
            last = number;
        }
        QTRY_COMPARE_WITH_TIMEOUT(flusher->durable(), last, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(announced.load(), last, 10'000);
        QVERIFY(!backwards);

        commitOne(db, 51);
        const quint64 next = flusher->committed();
        flusher->flush(); // synchronously, on this thread
        QVERIFY(flusher->durable() >= next);
    }

    void aLogThatCannotBeOpenedChangesNothing()
    {
        Test::TestDatabase db;
        const QSqlDatabase connection = db.store().connection();
        QVERIFY(QFile::remove(db.path() + u"-wal"_s));
        QVERIFY_THROWS_EXCEPTION(HeraldError, db.store().database().deferThreadSyncs());
        QCOMPARE(synchronous(connection), 2);
    }
};

QTEST_GUILESS_MAIN(WalFlusherTest)
#include "WalFlusherTest.moc"
