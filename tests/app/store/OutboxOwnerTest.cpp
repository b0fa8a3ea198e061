// Who owns a row in flight: a dispatcher's lock file, held while it runs and released by the
// kernel however it ends; rows are taken back only from owners that are gone.
#include "store/OutboxOwner.h"

#include "WorkflowFixture.h"
#include "store/Store.h"
#include "store/Transaction.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

class OutboxOwnerTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void anOwnerIsAliveWhileItHoldsItsLock()
    {
        Test::WorkflowFixture f;
        const QString path = f.store().database().path();
        auto first = OutboxOwner::take(path);
        auto second = OutboxOwner::take(path);
        QVERIFY(first->token() != second->token());
        QVERIFY(OutboxOwner::isAlive(path, first->token()));
        QVERIFY(OutboxOwner::isAlive(path, second->token()));
        QCOMPARE(QDir(OutboxOwner::folderOf(path)).entryList(QDir::Files).size(), 2);

        const QString gone = first->token();
        first.reset();
        QVERIFY(!OutboxOwner::isAlive(path, gone));
        QVERIFY(OutboxOwner::isAlive(path, second->token()));
        QVERIFY(!OutboxOwner::isAlive(path, QString())); // rows claimed before owners were recorded
        QVERIFY(!OutboxOwner::isAlive(path, u"123-never-was"_s));
    }

    void aLockFileNobodyHoldsIsAGoneOwnerAndIsRemoved()
    {
        // What a process killed with SIGKILL leaves: its file, no longer locked.
        Test::WorkflowFixture f;
        const QString path = f.store().database().path();
        QVERIFY(QDir().mkpath(OutboxOwner::folderOf(path)));
        const QString file = OutboxOwner::folderOf(path) + u"/4242-00000000deadbeef.lock"_s;
        QFile left(file);
        QVERIFY(left.open(QIODevice::WriteOnly));
        left.close();
        QVERIFY(!OutboxOwner::isAlive(path, u"4242-00000000deadbeef"_s));
        QVERIFY(!QFile::exists(file));
    }

    void onlyRowsOfGoneOwnersAreResumed()
    {
        Test::WorkflowFixture f;
        f.disableEndpoints();
        for (int i = 0; i < 3; ++i)
            f.addWebhook(u"Hook %1"_s.arg(i), u"https://hook%1.example.com/h"_s.arg(i));
        const qint64 draft = f.approvedDraft({ChannelKind::Webhook});
        f.drafts.send(draft, f.as(f.alex));
        const QList<Delivery> rows = f.store().deliveries().forDraft(draft);
        QCOMPARE(rows.size(), 3);
        const QString path = f.store().database().path();
        auto self = OutboxOwner::take(path);
        auto other = OutboxOwner::take(path);
        auto gone = OutboxOwner::take(path);
        const QString goneToken = gone->token();
        QVERIFY(f.store().deliveries().claim(rows[0].id, f.clock().now(), self->token()));
        QVERIFY(f.store().deliveries().claim(rows[1].id, f.clock().now(), other->token()));
        QVERIFY(f.store().deliveries().claim(rows[2].id, f.clock().now(), goneToken));
        gone.reset();

        QCOMPARE(f.store().deliveries().resumeOrphans(f.clock().now(), self->token()), 1);
        QCOMPARE(f.store().deliveries().byId(rows[0].id)->state, DeliveryState::InFlight);
        QCOMPARE(f.store().deliveries().byId(rows[1].id)->state, DeliveryState::InFlight);
        QCOMPARE(f.store().deliveries().byId(rows[2].id)->state, DeliveryState::Pending);
        QCOMPARE(f.store().deliveries().byId(rows[2].id)->attempts, 1); // the attempt still counts

        other.reset();
        QCOMPARE(f.store().deliveries().resumeOrphans(f.clock().now(), self->token()), 1);
        QCOMPARE(f.store().deliveries().byId(rows[1].id)->state, DeliveryState::Pending);
        QCOMPARE(f.store().deliveries().byId(rows[0].id)->state, DeliveryState::InFlight);
    }

    void aFolderThatCannotBeMadeStopsTheOwner()
    {
        Test::WorkflowFixture f;
        const QString path = f.store().database().path();
        QFile blocker(OutboxOwner::folderOf(path)); // a file where the folder should be
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString error = Test::WorkflowFixture::errorOf([&] { OutboxOwner::take(path); });
        QVERIFY2(error.contains(OutboxOwner::folderOf(path)), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(OutboxOwnerTest)
#include "OutboxOwnerTest.moc"
