// The generic webhook, signed per Standard Webhooks v1 with the endpoint's whsec_ secret from a
// real keychain, sent by the real dispatcher: the receiver verifies every request the way a
// customer's endpoint would, a retry keeps its webhook-id and is signed afresh, and an endpoint
// without a usable secret is never sent to.
#include "SendRig.h"
#include "base/ManualClock.h"
#include "channels/http/OutboxNetwork.h"
#include "channels/webhook/WebhookSender.h"
#include "signing/StandardWebhookSignature.h"
#include "store/Store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;
using Herald::Test::HttpReceiver;
using Herald::Test::SendRig;

namespace {
using Verdict = StandardWebhookSignature::Verdict;

Verdict verify(const QString& secret, const HttpReceiver::Request& request, const QDateTime& now)
{
    return StandardWebhookSignature::verify(secret, request.headers.value("webhook-id"),
                                            request.headers.value("webhook-timestamp"),
                                            request.headers.value("webhook-signature"), request.body, now);
}
} // namespace

class SignedWebhookTest : public QObject {
    Q_OBJECT

    const QString m_secret = StandardWebhookSignature::generateSecret();

    std::unique_ptr<SendRig> rig(const QByteArray& secret)
    {
        auto rig = std::make_unique<SendRig>(ChannelKind::Webhook);
        rig->addEndpoint(rig->receiver.url().toString(), secret);
        return rig;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = SendRig::startKeychain();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void everyRequestIsSigned()
    {
        auto r = rig(m_secret.toUtf8());
        r->receiver.setResponder([](const HttpReceiver::Request&) {
            return HttpReceiver::Reply{204, {}, {{"X-Request-Id", "rcv-1"}}};
        });
        const Delivery row = r->sendAndWait();
        QCOMPARE(row.state, DeliveryState::Delivered);
        QCOMPARE(row.providerReference, u"rcv-1"_s);
        QCOMPARE(r->receiver.requests().size(), 1);
        const HttpReceiver::Request& request = r->receiver.requests().first();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, u"/hook"_s);
        QCOMPARE(request.headers.value("content-type"), QByteArray("application/json"));
        QCOMPARE(request.headers.value("webhook-id"), row.idempotencyKey.toUtf8());
        QCOMPARE(request.headers.value("webhook-timestamp"),
                 QByteArray::number(r->f.clock().now().toSecsSinceEpoch()));
        QVERIFY(request.headers.value("webhook-signature").startsWith("v1,"));
        QCOMPARE(verify(m_secret, request, r->f.clock().now()), Verdict::Valid);
        // Only this endpoint's secret verifies it, and only over these exact bytes.
        QCOMPARE(verify(StandardWebhookSignature::generateSecret(), request, r->f.clock().now()),
                 Verdict::NoMatchingSignature);
        HttpReceiver::Request tampered = request;
        tampered.body.replace("\"version\"", "\"versi0n\"");
        QCOMPARE(verify(m_secret, tampered, r->f.clock().now()), Verdict::NoMatchingSignature);
        // The body is the approved herald.update payload, byte for byte.
        QCOMPARE(request.body, r->approvedWire());
        const QJsonObject json = QJsonDocument::fromJson(request.body).object();
        QCOMPARE(json.value(u"schema"_s).toString(), u"herald.update"_s);
        QCOMPARE(json.value(u"version"_s).toInt(), 1);
    }

    void twoDatabasesSignWithTheirOwnSecrets()
    {
        // Endpoint ids start at 1 in every database; the keychain key names the database too, so
        // the second database's secret does not replace the first's, and each signs with its own.
        const QString otherSecret = StandardWebhookSignature::generateSecret();
        auto first = rig(m_secret.toUtf8());
        auto second = rig(otherSecret.toUtf8());
        QCOMPARE(first->endpoint, second->endpoint);
        QVERIFY(first->f.store().databaseId() != second->f.store().databaseId());
        QCOMPARE(first->sendAndWait().state, DeliveryState::Delivered);
        QCOMPARE(second->sendAndWait().state, DeliveryState::Delivered);
        QCOMPARE(first->receiver.requests().size(), 1);
        QCOMPARE(second->receiver.requests().size(), 1);
        const QDateTime now = first->f.clock().now();
        QCOMPARE(verify(m_secret, first->receiver.requests().first(), now), Verdict::Valid);
        QCOMPARE(verify(otherSecret, first->receiver.requests().first(), now), Verdict::NoMatchingSignature);
        const QDateTime then = second->f.clock().now();
        QCOMPARE(verify(otherSecret, second->receiver.requests().first(), then), Verdict::Valid);
        QCOMPARE(verify(m_secret, second->receiver.requests().first(), then), Verdict::NoMatchingSignature);
    }

    void aRetryKeepsItsIdAndIsSignedAgain()
    {
        auto r = rig(m_secret.toUtf8());
        int calls = 0;
        r->receiver.setResponder([&](const HttpReceiver::Request&) {
            return ++calls == 1 ? HttpReceiver::Reply{503, "busy", {{"Retry-After", "7"}}}
                                : HttpReceiver::Reply{200, "ok", {}};
        });
        QCOMPARE(r->sendAndWait().state, DeliveryState::Pending);
        const QDateTime firstAt = r->f.clock().now();
        const Delivery row = r->retryAndWait();
        QCOMPARE(row.state, DeliveryState::Delivered);
        QCOMPARE(r->receiver.requests().size(), 2);
        const HttpReceiver::Request& first = r->receiver.requests().at(0);
        const HttpReceiver::Request& second = r->receiver.requests().at(1);
        QCOMPARE(second.headers.value("webhook-id"), first.headers.value("webhook-id"));
        QCOMPARE(second.headers.value("webhook-timestamp"),
                 QByteArray::number(firstAt.toSecsSinceEpoch() + 7));
        QVERIFY(second.headers.value("webhook-signature") != first.headers.value("webhook-signature"));
        QCOMPARE(verify(m_secret, second, r->f.clock().now()), Verdict::Valid);
        // The first one, replayed much later, is refused by the receiver's tolerance.
        QCOMPARE(
            verify(m_secret, first, firstAt.addSecs(StandardWebhookSignature::defaultToleranceSeconds + 1)),
            Verdict::TooOld);
    }

    void noUsableSecretNothingSent_data()
    {
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<QString>("said");
        QTest::newRow("none") << QByteArray() << u"No signing secret stored in the keychain"_s;
        QTest::newRow("not base64") << QByteArray("whsec_!!not base64!!")
                                    << u"not a Standard Webhooks secret"_s;
    }

    void noUsableSecretNothingSent()
    {
        QFETCH(QByteArray, secret);
        QFETCH(QString, said);
        auto r = rig(secret);
        const Delivery row = r->sendAndWait();
        QCOMPARE(row.state, DeliveryState::Failed);
        QVERIFY2(row.lastError.contains(said), qPrintable(row.lastError));
        QVERIFY(r->receiver.requests().isEmpty());
    }

    void dryRunShowsTheSignedRequest()
    {
        OutboxNetwork network;
        ManualClock clock(QDateTime::fromSecsSinceEpoch(1'614'265'330, QTimeZone::UTC));
        WebhookSender sender(network, clock, 1000);
        QVERIFY(sender.needsSecret());
        QCOMPARE(
            sender.validate({1, ChannelKind::Webhook, u"x"_s, u"https://status.example.com/hook"_s, true}),
            QString());
        QVERIFY(!sender.validate({1, ChannelKind::Webhook, u"x"_s, u"http://status.example.com/hook"_s, true})
                     .isEmpty());
        Delivery delivery;
        delivery.target = u"https://status.example.com/hook"_s;
        delivery.idempotencyKey = u"herald-d1-r1-e2-abc"_s;
        delivery.payload = R"({"schema":"herald.update"})";
        SendContext context;
        context.secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        const QString text = sender.dryRun(delivery, context);
        QCOMPARE(text, u"POST https://status.example.com/hook\nContent-Type: application/json\n"
                       "webhook-id: herald-d1-r1-e2-abc\nwebhook-timestamp: 1614265330\n"
                       "webhook-signature: v1,***\n\n{\"schema\":\"herald.update\"}"_s);
    }
};

QTEST_GUILESS_MAIN(SignedWebhookTest)
#include "SignedWebhookTest.moc"
