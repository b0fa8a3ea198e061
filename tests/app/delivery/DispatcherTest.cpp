#include "delivery/Dispatcher.h"

#include "TestKeychain.h"
#include "base/AppInfo.h"
#include "channels/UpdateComposer.h"
#include "domain/TimelineEventType.h"
#include "store/Store.h"
#include "support/HttpReceiver.h"
#include "support/SilentServer.h"
#include "support/TestDatabase.h"
#include "support/TestPeople.h"
#include "templating/TemplateLibrary.h"
#include "timeline/TimelineChain.h"
#include "workflow/ApprovalPolicyService.h"
#include "workflow/ChangeNotifier.h"
#include "workflow/DraftService.h"
#include "workflow/IncidentService.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTest>

#include <ctime>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Herald;
using Herald::Test::HttpReceiver;

// The outbox dispatcher, driven on the test thread against a real HTTP server on loopback:
// what goes on the wire, retries with the same idempotency key, and how every outcome is recorded.
class DispatcherTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<Test::TestDatabase> m_db;
    std::unique_ptr<ChangeNotifier> m_notifier;
    std::unique_ptr<HttpReceiver> m_receiver;
    std::unique_ptr<Dispatcher> m_dispatcher;
    TemplateLibrary m_templates;
    UpdateComposer m_composer;
    qint64 m_incident = 0;
    qint64 m_draft = 0;

    const Store& store() { return m_db->store(); }
    ManualClock& clock() { return m_db->clock(); }

    // An approved update to `endpoints` webhook endpoints at `address`, sent: one pending outbox
    // row per endpoint.
    void queueUpdateTo(const QString& address, int endpoints = 1)
    {
        const Store& s = store();
        const qint64 alex = Test::addPerson(s, u"Alex Morgan"_s, {Role::CommunicationsManager});
        const qint64 jordan = Test::addPerson(s, u"Jordan Kim"_s, {Role::Approver});
        const auto as = [&](qint64 person) { return Test::as(s, clock(), person); };
        for (int i = 1; i <= endpoints; ++i)
            Test::Keychain::putWebhookSecret(
                s.databaseId(),
                s.endpoints().add({0, ChannelKind::Webhook, u"Status hook %1"_s.arg(i), address, true}));
        IncidentService incidents(s, clock());
        ApprovalPolicyService policies(s, clock());
        DraftService drafts(s, m_templates, m_composer, policies, clock());
        Incident incident;
        incident.title = u"Payments API partial outage"_s;
        m_incident = incidents.create(incident, jordan);
        m_draft =
            drafts.create(m_incident, u"partial-outage-investigating"_s, {ChannelKind::Webhook}, as(alex));
        drafts.save(m_draft,
                    {{u"service"_s, u"the Payments API"_s},
                     {u"impact"_s, u"Some card payments fail."_s},
                     {u"next_update"_s, u"14:30 UTC"_s}},
                    as(alex));
        drafts.submit(m_draft, as(alex));
        drafts.approve(m_draft, as(jordan), QString());
        clock().advanceSeconds(10);
        drafts.send(m_draft, as(alex));
        QCOMPARE(s.deliveries().forDraft(m_draft).size(), endpoints);
    }

    void startDispatcher(const RetryPolicy& retry = RetryPolicy({0, 1}, 0.0))
    {
        m_dispatcher = std::make_unique<Dispatcher>(store().sharedDatabase(), clock(), *m_notifier,
                                                    Dispatcher::Options{retry, 5'000, 8, 1234});
        m_dispatcher->start();
    }

    Delivery row() { return store().deliveries().forDraft(m_draft).value(0); }
    DraftState draftState() { return store().drafts().byId(m_draft)->state; }
    TimelineEvent lastEvent(qsizetype back = 0)
    {
        const QList<TimelineEvent> events = store().timeline().events(m_incident);
        return events.at(events.size() - 1 - back);
    }
    void replyWith(QList<HttpReceiver::Reply> replies)
    {
        // One reply per request, the last one repeated.
        m_receiver->setResponder([replies = std::move(replies), n = 0](const HttpReceiver::Request&) mutable {
            return replies.at(std::min<qsizetype>(n++, replies.size() - 1));
        });
    }

private Q_SLOTS:
    void initTestCase() { m_templates = TemplateLibrary::shipped(); }

    void init()
    {
        m_db = std::make_unique<Test::TestDatabase>();
        m_notifier = std::make_unique<ChangeNotifier>();
        m_receiver = std::make_unique<HttpReceiver>();
        QVERIFY(m_receiver->url().port() > 0);
    }

    void cleanup()
    {
        m_dispatcher.reset();
        m_receiver.reset();
        m_notifier.reset();
        m_db.reset();
    }

    void deliversAndClosesTheSend()
    {
        queueUpdateTo(m_receiver->url().toString());
        replyWith({{200, "accepted", {{"X-Request-Id", "req-8731"}}}});
        const Delivery queued = row();
        QSignalSpy changed(m_notifier.get(), &ChangeNotifier::deliveriesChanged);
        startDispatcher();
        QSignalSpy idle(m_dispatcher.get(), &Dispatcher::idle);

        QTRY_COMPARE(row().state, DeliveryState::Delivered);
        QCOMPARE(m_receiver->requests().size(), 1);
        const HttpReceiver::Request& request = m_receiver->requests().first();
        QCOMPARE(request.method, "POST"_ba);
        QCOMPARE(request.path, u"/hook"_s);
        QCOMPARE(request.headers.value("content-type"), "application/json"_ba);
        QCOMPARE(request.headers.value("webhook-id"), queued.idempotencyKey.toUtf8());
        QCOMPARE(request.headers.value("webhook-timestamp"),
                 QByteArray::number(clock().now().toSecsSinceEpoch()));
        QCOMPARE(request.headers.value("user-agent"), "Herald/"_ba + AppInfo::version().toUtf8());
        QCOMPARE(request.body, queued.payload);

        const Delivery done = row();
        QCOMPARE(done.attempts, 1);
        QCOMPARE(done.providerReference, u"req-8731"_s);
        QCOMPARE(done.lastError, QString());
        QCOMPARE(done.updatedAt, clock().now());
        QCOMPARE(draftState(), DraftState::Sent);
        QCOMPARE(lastEvent(1).type, TimelineEventType::DeliveryDelivered);
        QCOMPARE(lastEvent(1).actorId, qint64(0));
        QCOMPARE(lastEvent(1).actorName, u"Herald"_s);
        QCOMPARE(lastEvent(1).details.value(u"http_status"_s).toInt(), 200);
        QCOMPARE(lastEvent(1).details.value(u"idempotency_key"_s).toString(), queued.idempotencyKey);
        QCOMPARE(lastEvent(0).type, TimelineEventType::DraftSent);
        QCOMPARE(lastEvent(0).details.value(u"delivered"_s).toInt(), 1);
        QVERIFY(!TimelineChain::verify(store().timeline().events()));
        QVERIFY(changed.count() >= 1);
        QTRY_VERIFY(idle.count() >= 1);
        QCOMPARE(m_dispatcher->inFlight(), 0);
    }

    void serviceUnavailableIsRetriedWithTheSameKey()
    {
        queueUpdateTo(m_receiver->url().toString());
        replyWith({{503, "busy", {}}, {200, "ok", {}}});
        startDispatcher();

        QTRY_VERIFY(row().attempts == 1 && row().state == DeliveryState::Pending);
        const Delivery waiting = row();
        QCOMPARE(waiting.nextAttemptAt, clock().now().addMSecs(1000));
        QCOMPARE(waiting.lastError, u"HTTP 503 Service Unavailable"_s);
        QCOMPARE(lastEvent().type, TimelineEventType::DeliveryAttempted);
        QCOMPARE(lastEvent().details.value(u"http_status"_s).toInt(), 503);
        QCOMPARE(draftState(), DraftState::Sending);

        clock().advanceSeconds(2);
        m_dispatcher->wake();
        QTRY_COMPARE(row().state, DeliveryState::Delivered);
        QCOMPARE(row().attempts, 2);
        QCOMPARE(m_receiver->requests().size(), 2);
        QCOMPARE(m_receiver->requests().at(1).headers.value("webhook-id"), waiting.idempotencyKey.toUtf8());
        QCOMPARE(m_receiver->requests().at(0).headers.value("webhook-id"), waiting.idempotencyKey.toUtf8());
        QCOMPARE(m_receiver->requests().at(1).body, m_receiver->requests().at(0).body);
        QCOMPARE(draftState(), DraftState::Sent);
    }

    void badRequestIsNotRetried()
    {
        queueUpdateTo(m_receiver->url().toString());
        replyWith({{400, "bad", {}}});
        startDispatcher();

        QTRY_COMPARE(row().state, DeliveryState::Failed);
        QCOMPARE(row().attempts, 1);
        QCOMPARE(row().lastError, u"HTTP 400 Bad Request"_s);
        QCOMPARE(draftState(), DraftState::PartlyFailed);
        QCOMPARE(lastEvent(1).type, TimelineEventType::DeliveryFailed);
        QCOMPARE(lastEvent(0).type, TimelineEventType::DraftPartlyFailed);
        QCOMPARE(lastEvent(0).details.value(u"failed"_s).toInt(), 1);

        clock().advanceSeconds(3600);
        m_dispatcher->wake();
        QTest::qWait(200);
        QCOMPARE(m_receiver->requests().size(), 1);
    }

    void exhaustedRetriesEndInDeadLetter()
    {
        queueUpdateTo(m_receiver->url().toString());
        replyWith({{503, "busy", {}}});
        startDispatcher();
        QTRY_VERIFY(row().attempts == 1 && row().state == DeliveryState::Pending);

        clock().advanceSeconds(2);
        m_dispatcher->wake();
        QTRY_COMPARE(row().state, DeliveryState::DeadLetter);
        QCOMPARE(row().attempts, 2);
        QCOMPARE(m_receiver->requests().size(), 2);
        QCOMPARE(draftState(), DraftState::PartlyFailed);
        QCOMPARE(lastEvent(1).type, TimelineEventType::DeliveryFailed);
        QCOMPARE(lastEvent(1).details.value(u"outcome"_s).toString(), u"dead_letter"_s);
        QCOMPARE(lastEvent(0).type, TimelineEventType::DraftPartlyFailed);
    }

    void retryAfterIsHonoured()
    {
        queueUpdateTo(m_receiver->url().toString());
        replyWith({{429, "slow down", {{"Retry-After", "120"}}}, {200, "ok", {}}});
        startDispatcher();
        QTRY_VERIFY(row().attempts == 1 && row().state == DeliveryState::Pending);
        const QDateTime failedAt = clock().now();
        QVERIFY(row().nextAttemptAt >= failedAt.addSecs(120));
        QCOMPARE(row().nextAttemptAt, failedAt.addSecs(120)); // no jitter here, and 120 s > 1 s

        clock().advanceSeconds(60); // due after the policy's 1 s, but not after the server's 120 s
        m_dispatcher->wake();
        QTest::qWait(200);
        QCOMPARE(m_receiver->requests().size(), 1);

        clock().advanceSeconds(61);
        m_dispatcher->wake();
        QTRY_COMPARE(row().state, DeliveryState::Delivered);
        QCOMPARE(m_receiver->requests().size(), 2);
    }

    void rowsLeftInFlightAreResent()
    {
        queueUpdateTo(m_receiver->url().toString());
        const Delivery queued = row();
        {
            // As a crash after the claim would have left it.
            QSqlQuery query(store().connection());
            QVERIFY(query.exec(u"UPDATE deliveries SET state = 'in_flight', attempts = 1"_s));
        }
        QCOMPARE(row().state, DeliveryState::InFlight);
        replyWith({{200, "ok", {}}});
        startDispatcher();

        QTRY_COMPARE(row().state, DeliveryState::Delivered);
        QCOMPARE(row().attempts, 2);
        QCOMPARE(m_receiver->requests().size(), 1);
        QCOMPARE(m_receiver->requests().first().headers.value("webhook-id"), queued.idempotencyKey.toUtf8());
        QCOMPARE(m_receiver->requests().first().body, queued.payload);
        QCOMPARE(draftState(), DraftState::Sent);
    }

    void refusedConnectionIsRetried()
    {
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            closedPort = probe.serverPort();
        }
        queueUpdateTo(u"http://127.0.0.1:%1/hook"_s.arg(closedPort));
        startDispatcher(RetryPolicy({0, 60}, 0.0));

        QTRY_VERIFY(row().attempts == 1 && row().state == DeliveryState::Pending);
        QVERIFY2(!row().lastError.isEmpty(), "the network error is kept for people");
        QCOMPARE(row().nextAttemptAt, clock().now().addSecs(60));
        QCOMPARE(lastEvent().type, TimelineEventType::DeliveryAttempted);
        QCOMPARE(lastEvent().details.value(u"http_status"_s).toInt(), 0);
        QCOMPARE(draftState(), DraftState::Sending);
    }

    void fullChannelWaitsWithoutSpinning()
    {
        // Two rows for one channel that takes one at a time, and a provider that never answers:
        // the second row waits for the first, and the dispatcher must wait idle meanwhile (with a
        // zero-length timer it would spin a core and query the database thousands of times).
        // The second row is claimed ahead (committed in flight) and waits in memory, unsent.
        Test::SilentServer silent;
        QVERIFY(silent.isListening());
        queueUpdateTo(silent.url().toString(), 2);
        m_dispatcher =
            std::make_unique<Dispatcher>(store().sharedDatabase(), clock(), *m_notifier,
                                         Dispatcher::Options{RetryPolicy({0, 1}, 0.0), 60'000, 1, 1234});
        m_dispatcher->start();
        QCOMPARE(m_dispatcher->inFlight(), 1);

        QElapsedTimer wall;
        wall.start();
        const std::clock_t cpuStart = std::clock();
        QTest::qWait(500);
        const double cpuMs = 1000.0 * double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
        QVERIFY2(cpuMs < 0.5 * double(wall.elapsed()),
                 qPrintable(u"%1 ms of CPU in %2 ms of waiting"_s.arg(cpuMs).arg(wall.elapsed())));
        QCOMPARE(m_dispatcher->inFlight(), 1);
        QCOMPARE(silent.connections(), 1);
    }

    void addressOutsideThePolicyFailsWithoutSending()
    {
        queueUpdateTo(u"http://example.com/hook"_s);
        startDispatcher();
        QTRY_COMPARE(row().state, DeliveryState::Failed);
        QVERIFY(row().lastError.contains(u"https"_s));
        QCOMPARE(draftState(), DraftState::PartlyFailed);
    }
};

QTEST_GUILESS_MAIN(DispatcherTest)
#include "DispatcherTest.moc"
