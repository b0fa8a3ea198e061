// A full disk and a failing disk, injected under SQLite (FaultyVfs): Herald says what failed and
// where, keeps everything it had committed, and carries on once the disk works again. The outbox
// sends nothing whose claim it could not record.
#include "FaultyVfs.h"
#include "HttpReceiver.h"
#include "WorkflowFixture.h"
#include "delivery/DispatcherThread.h"
#include "timeline/TimelineChain.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;
using Herald::Test::FaultyVfs::Fault;

class DiskFaultTest : public QObject {
    Q_OBJECT

    static void verifyIntact(Test::WorkflowFixture& f)
    {
        QSqlQuery check(f.store().connection());
        QVERIFY(check.exec(u"PRAGMA integrity_check"_s) && check.next());
        QCOMPARE(check.value(0).toString(), u"ok"_s);
        const auto broken = TimelineChain::verify(f.store().timeline().events());
        QVERIFY2(!broken, broken ? qPrintable(broken->reason) : "");
    }

private Q_SLOTS:
    void initTestCase()
    {
        Test::FaultyVfs::install(); // before any database is opened
    }

    void cleanup() { Test::FaultyVfs::set(Fault::None); }

    void aFullDiskRefusesTheChangeSaysWhyAndLosesNothing_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("says");
        QTest::newRow("full") << int(Fault::DiskFull) << u"is full"_s;
        QTest::newRow("i/o error") << int(Fault::IoError) << u"failed to read or write"_s;
    }

    void aFullDiskRefusesTheChangeSaysWhyAndLosesNothing()
    {
        QFETCH(int, fault);
        QFETCH(QString, says);
        Test::WorkflowFixture f;
        const qint64 draft = f.filledDraft({ChannelKind::Webhook});
        const int events = int(f.store().timeline().events().size());

        Test::FaultyVfs::set(Fault(fault));
        const int before = Test::FaultyVfs::injected();
        const QString error = Test::WorkflowFixture::errorOf([&] { f.drafts.submit(draft, f.as(f.alex)); });
        QVERIFY(Test::FaultyVfs::injected() > before);
        QVERIFY2(error.contains(says), qPrintable(error));
        QVERIFY2(error.contains(f.store().database().path()), qPrintable(error)); // where
        QVERIFY2(error.contains(u"not saved"_s), qPrintable(error));  // what happened to the change
        QVERIFY2(!error.contains(u"statement"_s), qPrintable(error)); // SQL stays in the details

        Test::FaultyVfs::set(Fault::None);
        QCOMPARE(f.drafts.draft(draft).state, DraftState::Draft);
        QCOMPARE(int(f.store().timeline().events().size()), events);
        verifyIntact(f);
        f.drafts.submit(draft, f.as(f.alex)); // the disk is back: the same change goes through
        QCOMPARE(f.drafts.draft(draft).state, DraftState::InReview);
        verifyIntact(f);
    }

    void theOutboxSendsNothingItCannotRecordAndCarriesOn()
    {
        Test::HttpReceiver receiver;
        Test::WorkflowFixture f;
        f.disableEndpoints();
        for (int i = 0; i < 4; ++i)
            f.addWebhook(u"Hook %1"_s.arg(i), receiver.url(u"/hook/%1"_s.arg(i)).toString());
        f.clock().set(QDateTime::currentDateTimeUtc());
        const qint64 draft = f.approvedDraft({ChannelKind::Webhook});
        f.drafts.send(draft, f.as(f.alex));

        Test::FaultyVfs::set(Fault::DiskFull);
        DispatcherThread dispatcher(f.store().sharedDatabase(), f.clock(), f.notifier, {});
        QSignalSpy failed(&dispatcher, &DispatcherThread::failed);
        QSignalSpy idle(&dispatcher, &DispatcherThread::idle);
        dispatcher.start();
        QVERIFY(failed.wait(10'000));
        QVERIFY2(failed.first().first().toString().contains(u"is full"_s),
                 qPrintable(failed.first().first().toString()));
        QTest::qWait(1500); // it tries again meanwhile, and still sends nothing
        QCOMPARE(receiver.requests().size(), 0);
        for (const Delivery& row : f.store().deliveries().forDraft(draft))
            QCOMPARE(row.state, DeliveryState::Pending);

        Test::FaultyVfs::set(Fault::None);
        QVERIFY(QTest::qWaitFor([&] { return !idle.isEmpty(); }, 15'000));
        dispatcher.stop();
        QCOMPARE(receiver.requests().size(), 4); // each once
        for (const Delivery& row : f.store().deliveries().forDraft(draft))
            QCOMPARE(row.state, DeliveryState::Delivered);
        verifyIntact(f);
    }
};

QTEST_GUILESS_MAIN(DiskFaultTest)
#include "DiskFaultTest.moc"
