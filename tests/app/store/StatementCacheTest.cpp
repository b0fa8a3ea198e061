#include "store/Database.h"
#include "store/SqlQuery.h"
#include "store/Transaction.h"
#include "support/TestDatabase.h"

#include <QSqlDatabase>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace Herald;

namespace {
int countPeople(const QSqlDatabase& db)
{
    SqlQuery q(db, u"SELECT COUNT(*) FROM people"_s);
    q.exec();
    return q.next() ? q.value(0).toInt() : -1;
}

void addPerson(const QSqlDatabase& db, const QString& name)
{
    SqlQuery(db, u"INSERT INTO people (name, email) VALUES (:n, '')"_s).bind(u":n"_s, name).exec();
}
} // namespace

// Statements are prepared once per connection and lent out again: a reused statement must behave
// like a fresh one, a statement left half-read must not pin its reader to an old snapshot, and
// a connection must close cleanly with statements cached.
class StatementCacheTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void reusedStatementsSeeNewBindings()
    {
        Test::TestDatabase db;
        const QSqlDatabase c = db.store().connection();
        for (const QString& name : {u"Ada"_s, u"Grace"_s, u"Alan"_s})
            addPerson(c, name);
        for (const QString& name : {u"Grace"_s, u"Ada"_s, u"Nobody"_s}) {
            SqlQuery q(c, u"SELECT name FROM people WHERE name = :n"_s);
            q.bind(u":n"_s, name).exec();
            if (name == u"Nobody"_s)
                QVERIFY(!q.next());
            else
                QVERIFY(q.next() && q.value(0).toString() == name);
        }
    }

    void theSameStatementNested()
    {
        // The outer query is still being read when the inner one, with the same text, runs.
        Test::TestDatabase db;
        const QSqlDatabase c = db.store().connection();
        for (const QString& name : {u"Ada"_s, u"Grace"_s})
            addPerson(c, name);
        const QString sql = u"SELECT name FROM people WHERE name <> :n ORDER BY name"_s;
        SqlQuery outer(c, sql);
        outer.bind(u":n"_s, QString()).exec();
        QStringList pairs;
        while (outer.next()) {
            const QString name = outer.value(0).toString();
            SqlQuery inner(c, sql);
            inner.bind(u":n"_s, name).exec();
            while (inner.next())
                pairs << name + u"/"_s + inner.value(0).toString();
        }
        QCOMPARE(pairs, QStringList({u"Ada/Grace"_s, u"Grace/Ada"_s}));
    }

    void aHalfReadStatementDoesNotPinASnapshot()
    {
        Test::TestDatabase db;
        const QSqlDatabase mine = db.store().connection();
        addPerson(mine, u"Ada"_s);
        addPerson(mine, u"Grace"_s);
        {
            SqlQuery q(mine, u"SELECT name FROM people ORDER BY name"_s);
            q.exec();
            QVERIFY(q.next()); // one row read, one left: the statement goes back unfinished
        }
        // Another thread's connection writes; this connection must see it on its next read.
        QThread writer;
        QObject* context = new QObject;
        context->moveToThread(&writer);
        writer.start();
        QMetaObject::invokeMethod(
            context,
            [&] {
                addPerson(db.store().sharedDatabase()->connection(), u"Alan"_s);
                db.store().sharedDatabase()->closeThreadConnection();
            },
            Qt::BlockingQueuedConnection);
        delete context;
        writer.quit();
        writer.wait();
        QCOMPARE(countPeople(mine), 3);
    }

    void connectionsCloseWithStatementsCached()
    {
        // A thread's connection closes with its statements cached, and opens again cleanly.
        Test::TestDatabase db;
        QStringList warnings;
        static QStringList* seen = nullptr;
        seen = &warnings;
        const QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext&, const QString& message) { *seen << message; });
        for (int round = 0; round < 2; ++round) {
            QThread thread;
            QObject* context = new QObject;
            context->moveToThread(&thread);
            thread.start();
            int count = -1;
            QMetaObject::invokeMethod(
                context,
                [&] {
                    count = countPeople(db.store().sharedDatabase()->connection());
                    db.store().sharedDatabase()->closeThreadConnection();
                },
                Qt::BlockingQueuedConnection);
            delete context;
            thread.quit();
            thread.wait();
            QCOMPARE(count, 0);
        }
        qInstallMessageHandler(previous);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(StatementCacheTest)
#include "StatementCacheTest.moc"
