// The outbox's rules beyond one attempt: an endpoint's rate limit holds requests back without
// spending attempts, a give-up moves to the fallback endpoint, a person retries or cancels,
// and a drill never reaches the real address.
#include "HttpReceiver.h"
#include "TestKeychain.h"
#include "WorkflowFixture.h"
#include "delivery/Dispatcher.h"
#include "delivery/OutboxService.h"
#include "domain/TimelineEventType.h"
#include "store/Store.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

class OutboxRulesTest : public QObject {
    Q_OBJECT

    std::unique_ptr<Test::WorkflowFixture> f;
    std::unique_ptr<Test::HttpReceiver> m_receiver;

    void onlyEndpoints(const QList<ChannelEndpoint>& endpoints)
    {
        f->disableEndpoints();
        for (const ChannelEndpoint& endpoint : endpoints)
            Test::Keychain::putWebhookSecret(f->store().databaseId(), f->store().endpoints().add(endpoint));
    }

    qint64 sentDraft()
    {
        const qint64 draft = f->approvedDraft({ChannelKind::Webhook});
        f->drafts.send(draft, f->as(f->alex));
        return draft;
    }

    std::unique_ptr<Dispatcher> dispatcher(const RetryPolicy& retry = RetryPolicy({0, 5}, 0.0))
    {
        auto d = std::make_unique<Dispatcher>(f->store().sharedDatabase(), f->clock(), f->notifier,
                                              Dispatcher::Options{retry, 2000, 8, 1});
        d->start();
        return d;
    }

    QList<Delivery> rows(qint64 draft) { return f->store().deliveries().forDraft(draft); }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<Test::WorkflowFixture>();
        m_receiver = std::make_unique<Test::HttpReceiver>();
    }

    void cleanup()
    {
        m_receiver.reset();
        f.reset();
    }

    void rateLimitHoldsRequestsBack()
    {
        QList<ChannelEndpoint> endpoints;
        ChannelEndpoint limited{0, ChannelKind::Webhook, u"Slow partner"_s, m_receiver->url().toString(),
                                true};
        limited.ratePerSecond = 1;
        onlyEndpoints({limited});
        // Five updates to the one endpoint: one request per second of the (manual) clock.
        QList<qint64> drafts;
        for (int i = 0; i < 5; ++i)
            drafts << sentDraft();
        auto d = dispatcher();
        QTRY_COMPARE(m_receiver->requests().size(), 1);
        QTest::qWait(100);
        QCOMPARE(m_receiver->requests().size(), 1);
        for (int second = 1; second <= 4; ++second) {
            f->clock().advanceSeconds(1);
            d->wake();
            QTRY_COMPARE(m_receiver->requests().size(), 1 + second);
            QTest::qWait(50);
            QCOMPARE(m_receiver->requests().size(), 1 + second);
        }
        for (qint64 draft : drafts)
            QCOMPARE(rows(draft).first().attempts, 1); // held back, never counted as an attempt
    }

    void giveUpMovesToTheFallback()
    {
        Test::HttpReceiver secondProvider;
        m_receiver->setResponder([](const auto&) { return Test::HttpReceiver::Reply{503, "down", {}}; });
        onlyEndpoints({{0, ChannelKind::Webhook, u"Backup"_s, secondProvider.url().toString(), false}});
        const qint64 backup = f->store().endpoints().all().last().id;
        ChannelEndpoint primary{0, ChannelKind::Webhook, u"Primary"_s, m_receiver->url().toString(), true};
        primary.fallbackId = backup;
        Test::Keychain::putWebhookSecret(f->store().databaseId(), f->store().endpoints().add(primary));
        const qint64 draft = sentDraft();
        auto d = dispatcher(RetryPolicy({0}, 0.0)); // one attempt, then dead letter
        QTRY_COMPARE(secondProvider.requests().size(), 1);
        QTRY_COMPARE(f->drafts.draft(draft).state, DraftState::Sent); // the recipient was reached
        const QList<Delivery> all = rows(draft);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0].state, DeliveryState::DeadLetter);
        QCOMPARE(all[1].state, DeliveryState::Delivered);
        QCOMPARE(all[1].fallbackOf, all[0].id);
        QCOMPARE(all[1].idempotencyKey, all[0].idempotencyKey + u"-fb%1"_s.arg(backup));
        QCOMPARE(secondProvider.requests().first().headers.value("webhook-id"),
                 all[1].idempotencyKey.toUtf8());
        QStringList types;
        for (const TimelineEvent& event : f->store().timeline().events(f->incident))
            types << event.type;
        QVERIFY(types.contains(TimelineEventType::DeliveryFallback));
    }

    void personRetriesOrCancels()
    {
        m_receiver->setResponder([](const auto&) { return Test::HttpReceiver::Reply{500, "no", {}}; });
        onlyEndpoints({{0, ChannelKind::Webhook, u"Flaky"_s, m_receiver->url().toString(), true}});
        const qint64 draft = sentDraft();
        auto d = dispatcher(RetryPolicy({0}, 0.0));
        QTRY_COMPARE(rows(draft).first().state, DeliveryState::DeadLetter);
        QTRY_COMPARE(f->drafts.draft(draft).state, DraftState::PartlyFailed);
        const qint64 id = rows(draft).first().id;
        OutboxService outbox(f->store(), f->clock(), &f->notifier);
        m_receiver->setResponder([](const auto&) { return Test::HttpReceiver::Reply{200, "ok", {}}; });
        outbox.retryNow(id, f->as(f->alex));
        QCOMPARE(f->drafts.draft(draft).state, DraftState::Sending);
        d->wake();
        QTRY_COMPARE(rows(draft).first().state, DeliveryState::Delivered);
        QTRY_COMPARE(f->drafts.draft(draft).state, DraftState::Sent);
        // The same key both times: a receiver that got the first can drop the second.
        QCOMPARE(m_receiver->requests().first().headers.value("webhook-id"),
                 m_receiver->requests().last().headers.value("webhook-id"));
        QVERIFY(Test::WorkflowFixture::errorOf([&] {
                    outbox.retryNow(id, f->as(f->alex));
                }).contains(u"delivered"_s));
        QVERIFY(Test::WorkflowFixture::errorOf([&] {
                    outbox.cancel(id, f->as(f->alex));
                }).contains(u"cannot be cancelled"_s));

        // A second send that gives up is cancelled by a person: the draft closes as partly failed.
        m_receiver->setResponder([](const auto&) { return Test::HttpReceiver::Reply{500, "no", {}}; });
        const qint64 other = sentDraft();
        d->wake();
        QTRY_COMPARE(rows(other).first().state, DeliveryState::DeadLetter);
        outbox.cancel(rows(other).first().id, f->as(f->alex));
        QCOMPARE(rows(other).first().state, DeliveryState::Cancelled);
        QCOMPARE(f->store().timeline().events(f->incident).last().type, TimelineEventType::DeliveryCancelled);
    }

    void drillsNeverReachTheRealAddress()
    {
        Test::HttpReceiver sandbox;
        ChannelEndpoint withSandbox{0, ChannelKind::Webhook, u"Partner"_s, m_receiver->url().toString(),
                                    true};
        withSandbox.sandboxAddress = sandbox.url().toString();
        ChannelEndpoint without{0, ChannelKind::Webhook, u"Other"_s, m_receiver->url(u"/other"_s).toString(),
                                true};
        onlyEndpoints({withSandbox, without});
        Incident drill;
        drill.title = u"Game day: payments"_s;
        drill.drill = true;
        f->incident = f->incidents.create(drill, f->priya);
        const qint64 draft = sentDraft();
        auto d = dispatcher();
        QTRY_COMPARE(f->drafts.draft(draft).state, DraftState::Sent);
        QCOMPARE(m_receiver->requests().size(), 0); // the real address never saw it
        QCOMPARE(sandbox.requests().size(), 1);
        const QList<Delivery> all = rows(draft);
        QVERIFY(all[1].isDryRun());
        QVERIFY(all[1].target.endsWith(u"/other"_s));
    }
};

QTEST_GUILESS_MAIN(OutboxRulesTest)
#include "OutboxRulesTest.moc"
