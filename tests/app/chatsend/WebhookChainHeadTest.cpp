// The generic webhook carries the timeline's head in a `herald-chain-head` header, sent by the
// real dispatcher to a real HTTP receiver: receivers hold a witness of the chain, and the signed
// body stays the approved payload byte for byte.
#include "SendRig.h"
#include "base/ManualClock.h"
#include "channels/http/OutboxNetwork.h"
#include "channels/webhook/WebhookSender.h"
#include "signing/StandardWebhookSignature.h"
#include "store/Store.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;
using Herald::Test::SendRig;

class WebhookChainHeadTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = SendRig::startKeychain();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void headerMatchesTheChain()
    {
        SendRig rig(ChannelKind::Webhook);
        rig.addEndpoint(rig.receiver.url().toString(), StandardWebhookSignature::generateSecret().toUtf8());
        const Delivery row = rig.sendAndWait();
        QCOMPARE(row.state, DeliveryState::Delivered);
        QCOMPARE(rig.receiver.requests().size(), 1);
        const auto& request = rig.receiver.requests().first();
        const QByteArray value = request.headers.value("herald-chain-head");
        QVERIFY2(!value.isEmpty(), "no herald-chain-head header");
        const auto head = ChainHead::fromText(value);
        QVERIFY2(head, value.constData());
        // An event of this timeline, with exactly that hash; committed before the send began
        // (the claim's round), so never past the head after it.
        QCOMPARE(rig.f.store().timeline().hashAt(head->sequence), head->hash);
        QVERIFY(head->sequence < rig.f.store().timeline().head().sequence); // delivered came after
        QCOMPARE(request.body, rig.approvedWire());
    }

    void dryRunShowsTheHeaderOnlyWhenThereIsAHead()
    {
        OutboxNetwork network;
        ManualClock clock(QDateTime::fromSecsSinceEpoch(1'614'265'330, QTimeZone::UTC));
        WebhookSender sender(network, clock, 1000);
        Delivery delivery;
        delivery.target = u"https://status.example.com/hook"_s;
        delivery.idempotencyKey = u"herald-d1-r1-e2-abc"_s;
        delivery.payload = R"({"schema":"herald.update"})";
        SendContext context;
        context.secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        QVERIFY(!sender.dryRun(delivery, context).contains(u"herald-chain-head"_s));
        context.chainHead = {42, QByteArray(64, 'a')};
        QVERIFY(
            sender.dryRun(delivery, context)
                .contains(u"herald-chain-head: 42:" + QString(64, u'a') + u"\nwebhook-signature: v1,***"_s));
    }
};

QTEST_GUILESS_MAIN(WebhookChainHeadTest)
#include "WebhookChainHeadTest.moc"
