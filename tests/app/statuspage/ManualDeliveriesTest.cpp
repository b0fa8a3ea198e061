// Manual endpoints (a phone tree, a partner portal): the dispatcher parks the row for a person
// instead of sending, and the person's "done" or "failed" is recorded like a send, by them.
#include "delivery/ManualDeliveries.h"

#include "HttpReceiver.h"
#include "WorkflowFixture.h"
#include "base/HeraldError.h"
#include "channels/manual/ManualSender.h"
#include "delivery/Dispatcher.h"
#include "domain/TimelineEventType.h"
#include "store/Store.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

class ManualDeliveriesTest : public QObject {
    Q_OBJECT

    Test::HttpReceiver m_receiver; // where the endpoints point: it must hear nothing

    // Only manual webhook endpoints, `count` of them.
    void manualEndpoints(Test::WorkflowFixture& f, int count)
    {
        for (const ChannelEndpoint& endpoint : f.store().endpoints().all())
            f.store().endpoints().update(
                {endpoint.id, endpoint.channel, endpoint.name, endpoint.address, false});
        for (int i = 0; i < count; ++i)
            f.store().endpoints().add(
                {0,
                 ChannelKind::Webhook,
                 u"Partner portal %1"_s.arg(i),
                 m_receiver.url().toString(),
                 true,
                 {{u"provider"_s, u"manual"_s}, {u"instructions"_s, u"Post it on the partner portal"_s}}});
    }

    // Sends an approved update and lets the dispatcher handle it.
    void sendAndDispatch(Test::WorkflowFixture& f, qint64 draft)
    {
        f.drafts.send(draft, f.as(f.alex));
        Dispatcher dispatcher(f.store().sharedDatabase(), f.clock(), f.notifier,
                              Dispatcher::Options{RetryPolicy({0, 5, 300}, 0.0), 2000, 8, 1});
        dispatcher.start();
        QTRY_VERIFY_WITH_TIMEOUT(std::ranges::none_of(f.store().deliveries().forDraft(draft),
                                                      [](const Delivery& d) {
                                                          return d.state == DeliveryState::Pending ||
                                                                 d.state == DeliveryState::InFlight;
                                                      }),
                                 10000);
        dispatcher.shutdown();
    }

private Q_SLOTS:
    void waitsForAPersonThenRecordsTheirSend()
    {
        Test::WorkflowFixture f;
        manualEndpoints(f, 1);
        const qint64 draft = f.approvedDraft({ChannelKind::Webhook});
        sendAndDispatch(f, draft);
        const QList<Delivery> rows = f.store().deliveries().forDraft(draft);
        QCOMPARE(rows.size(), 1);
        const Delivery parked = rows.first();
        QCOMPARE(parked.state, DeliveryState::AwaitingPerson);
        QCOMPARE(deliveryStateKey(parked.state), u"awaiting_person"_s);
        QCOMPARE(parked.attempts, 1);
        QVERIFY(parked.lastError.isEmpty());
        QVERIFY(m_receiver.requests().isEmpty());                             // nothing went on the network
        QCOMPARE(f.store().drafts().byId(draft)->state, DraftState::Sending); // not done yet
        const TimelineEvent waiting = f.store().timeline().events(f.incident).last();
        QCOMPARE(waiting.type, TimelineEventType::DeliveryAttempted);
        QCOMPARE(waiting.details[u"outcome"_s].toString(), u"awaiting_person"_s);
        QVERIFY2(waiting.summary.contains(u"Post it on the partner portal"_s), qPrintable(waiting.summary));

        // The approved text to copy: the update's own text, not the JSON around it.
        ManualDeliveries manual(f.store(), f.clock(), &f.notifier);
        const QString text = manual.textToCopy(parked.id);
        QCOMPARE(text, QJsonDocument::fromJson(parked.payload)[u"update"_s][u"text"_s].toString());
        QVERIFY(text.contains(Test::WorkflowFixture::defaultImpact));

        f.tick(120);
        QSignalSpy changed(&f.notifier, &ChangeNotifier::deliveriesChanged);
        manual.markDone(parked.id, f.as(f.sam), u"Posted on the portal, ticket 4471"_s);
        const Delivery done = *f.store().deliveries().byId(parked.id);
        QCOMPARE(done.state, DeliveryState::Delivered);
        QCOMPARE(done.providerReference, u"Posted on the portal, ticket 4471"_s);
        QCOMPARE(done.updatedAt, f.clock().now());
        QCOMPARE(changed.size(), 1);

        // On the timeline by Sam, then the send is complete.
        const QList<TimelineEvent> events = f.store().timeline().events(f.incident);
        const TimelineEvent& delivered = events.at(events.size() - 2);
        QCOMPARE(delivered.type, TimelineEventType::DeliveryDelivered);
        QCOMPARE(delivered.actorId, f.sam);
        QCOMPARE(delivered.actorName, u"Sam Lee"_s);
        QCOMPARE(delivered.details[u"delivery"_s].toInteger(), parked.id);
        QCOMPARE(delivered.details[u"manual"_s].toBool(), true);
        QVERIFY(delivered.summary.contains(u"ticket 4471"_s));
        QCOMPARE(events.last().type, TimelineEventType::DraftSent);
        QCOMPARE(f.store().drafts().byId(draft)->state, DraftState::Sent);

        // Only once.
        QVERIFY(Test::WorkflowFixture::errorOf([&] {
                    manual.markDone(parked.id, f.as(f.sam), {});
                }).contains(u"waiting for a person"_s));
        QVERIFY(!Test::WorkflowFixture::errorOf([&] { manual.markFailed(999, f.as(f.sam), {}); }).isEmpty());
    }

    void aFailedManualSendLeavesTheUpdatePartlyFailed()
    {
        Test::WorkflowFixture f;
        manualEndpoints(f, 2);
        const qint64 draft = f.approvedDraft({ChannelKind::Webhook});
        sendAndDispatch(f, draft);
        const QList<Delivery> rows = f.store().deliveries().forDraft(draft);
        QCOMPARE(rows.size(), 2);
        ManualDeliveries manual(f.store(), f.clock());
        manual.markDone(rows[0].id, f.as(f.sam), {});
        QCOMPARE(f.store().drafts().byId(draft)->state, DraftState::Sending); // one still waits
        manual.markFailed(rows[1].id, f.as(f.sam), u"Nobody answered the phone tree"_s);
        const Delivery failed = *f.store().deliveries().byId(rows[1].id);
        QCOMPARE(failed.state, DeliveryState::Failed);
        QCOMPARE(failed.lastError, u"Nobody answered the phone tree"_s);
        const QList<TimelineEvent> events = f.store().timeline().events(f.incident);
        QCOMPARE(events.at(events.size() - 2).type, TimelineEventType::DeliveryFailed);
        QCOMPARE(events.at(events.size() - 2).actorId, f.sam);
        QCOMPARE(f.store().drafts().byId(draft)->state, DraftState::PartlyFailed);
    }

    void dryRunSaysNothingIsSent()
    {
        Delivery d;
        d.target = u"Partner portal"_s;
        d.payload = "Plain text for SMS";
        ManualSender sender(ChannelKind::Sms);
        QVERIFY(ManualSender::isManual({0, ChannelKind::Sms, {}, {}, true, {{u"provider"_s, u"manual"_s}}}));
        QVERIFY(!ManualSender::isManual({0, ChannelKind::Sms, {}, {}, true, {}}));
        const QString dry = sender.dryRun(d, {});
        QVERIFY2(dry.contains(u"Nothing is sent"_s) && dry.endsWith(u"Plain text for SMS"_s),
                 qPrintable(dry));
    }
};

QTEST_GUILESS_MAIN(ManualDeliveriesTest)
#include "ManualDeliveriesTest.moc"
