// Slack, Teams Workflows and Mattermost incoming webhooks, sent by the real dispatcher to
// loopback servers that answer like each service: the documented request (POST, path,
// Content-Type, the approved wire byte for byte), success, each service's error bodies, 429 with
// Retry-After and 5xx. The webhook URL is the endpoint's keychain secret; only its redacted form
// is ever stored or shown.
#include "SendRig.h"
#include "base/ManualClock.h"
#include "channels/http/OutboxNetwork.h"
#include "channels/mattermost/MattermostSender.h"
#include "channels/slack/SlackSender.h"
#include "channels/teams/TeamsSender.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;
using Herald::Test::HttpReceiver;
using Herald::Test::SendRig;

namespace {
using Headers = QList<QPair<QByteArray, QByteArray>>;

// Where each service's webhook lives on the receiver, with its secret parts.
QString secretPath(ChannelKind channel)
{
    switch (channel) {
    case ChannelKind::Slack:
        return u"/services/T0001ABCD/B0002EFGH/sEcReTkEy0123456789aBcDe"_s;
    case ChannelKind::Teams:
        return u"/workflows/0a1b2c3d4e5f/triggers/manual/paths/invoke?api-version=2016-06-01"
               "&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=sEcReTsIgNaTuRe"_s;
    default:
        return u"/hooks/sEcReTkEy9876543210"_s;
    }
}

// The secret fragment that must never reach the database, the timeline or a dry run.
const QString secretPart = u"sEcReT"_s;
} // namespace

class ChatSendersTest : public QObject {
    Q_OBJECT

    // A rig for `channel` whose secret is the receiver's URL for that service.
    static std::unique_ptr<SendRig> rigFor(ChannelKind channel, HttpReceiver::Responder responder)
    {
        auto rig = std::make_unique<SendRig>(channel);
        const QUrl url = rig->receiver.url(secretPath(channel));
        rig->addEndpoint(ChatWebhookSender::redact(url), url.toString(QUrl::FullyEncoded).toUtf8());
        rig->receiver.setResponder(std::move(responder));
        return rig;
    }

    static HttpReceiver::Responder answer(int status, const QByteArray& body, const Headers& headers = {})
    {
        return [=](const HttpReceiver::Request&) { return HttpReceiver::Reply{status, body, headers}; };
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = SendRig::startKeychain();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void redactsTheSecretParts()
    {
        QCOMPARE(ChatWebhookSender::redact(QUrl(
                     u"https://hooks.slack.com/services/T0001ABCD/B0002EFGH/sEcReTkEy0123456789aBcDe"_s)),
                 u"https://hooks.slack.com/services/T…/B…/•••"_s);
        QCOMPARE(
            ChatWebhookSender::redact(
                QUrl(u"https://prod-12.westus.logic.azure.com:443/workflows/0a1b2c3d/triggers/manual/"
                     "paths/invoke?api-version=2016-06-01&sig=sEcReT"_s)),
            u"https://prod-12.westus.logic.azure.com:443/workflows/0…/triggers/manual/paths/invoke?•••"_s);
        QCOMPARE(ChatWebhookSender::redact(QUrl(u"https://chat.example.org/hooks/sEcReTkEy"_s)),
                 u"https://chat.example.org/hooks/•••"_s);
        // Redacting twice changes nothing: that is how a redacted address is recognised.
        const QString slack = u"https://hooks.slack.com/services/T…/B…/•••"_s;
        QCOMPARE(ChatWebhookSender::redact(QUrl(slack)), slack);
    }

    void validatesTheServiceHost_data()
    {
        QTest::addColumn<ChannelKind>("channel");
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("problem"); // empty: accepted
        QTest::newRow("slack") << ChannelKind::Slack << u"https://hooks.slack.com/services/T…/B…/•••"_s
                               << QString();
        QTest::newRow("slack elsewhere")
            << ChannelKind::Slack << u"https://hooks.example.com/services/T…/B…/•••"_s
            << u"hooks.slack.com"_s;
        QTest::newRow("slack unredacted")
            << ChannelKind::Slack << u"https://hooks.slack.com/services/T1/B2/sEcReT"_s << u"keychain"_s;
        QTest::newRow("slack plain http")
            << ChannelKind::Slack << u"http://hooks.slack.com/services/T…/B…/•••"_s << u"https"_s;
        QTest::newRow("teams logic apps")
            << ChannelKind::Teams
            << u"https://prod-12.westus.logic.azure.com:443/workflows/0…/triggers/manual/paths/invoke?•••"_s
            << QString();
        QTest::newRow("teams power platform")
            << ChannelKind::Teams
            << u"https://default1a2b.c3.environment.api.powerplatform.com:443/powerautomate/automations/"
               u"direct/"
               "workflows/0…/triggers/manual/paths/invoke?•••"_s
            << QString();
        QTest::newRow("teams elsewhere")
            << ChannelKind::Teams << u"https://example.com/workflows/0…/triggers/manual/paths/invoke?•••"_s
            << u"logic.azure.com"_s;
        QTest::newRow("mattermost any https")
            << ChannelKind::Mattermost << u"https://chat.example.org/hooks/•••"_s << QString();
        QTest::newRow("loopback") << ChannelKind::Slack << u"http://127.0.0.1:8080/services/T…/B…/•••"_s
                                  << QString();
    }

    void validatesTheServiceHost()
    {
        QFETCH(ChannelKind, channel);
        QFETCH(QString, address);
        QFETCH(QString, problem);
        OutboxNetwork network;
        ManualClock clock(QDateTime::currentDateTimeUtc());
        std::unique_ptr<ChannelSender> sender;
        if (channel == ChannelKind::Slack)
            sender = std::make_unique<SlackSender>(network, clock, 1000);
        else if (channel == ChannelKind::Teams)
            sender = std::make_unique<TeamsSender>(network, clock, 1000);
        else
            sender = std::make_unique<MattermostSender>(network, clock, 1000);
        QVERIFY(sender->needsSecret());
        QVERIFY(sender->settingFields().isEmpty());
        ChannelEndpoint endpoint{1, channel, u"x"_s, address, true};
        const QString said = sender->validate(endpoint);
        if (problem.isEmpty())
            QVERIFY2(said.isEmpty(), qPrintable(said));
        else
            QVERIFY2(said.contains(problem), qPrintable(said));
    }

    void delivers_data()
    {
        QTest::addColumn<ChannelKind>("channel");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("referenceHeader");
        QTest::newRow("slack 200 ok")
            << ChannelKind::Slack << 200 << QByteArray("ok") << QByteArray("x-slack-req-id");
        QTest::newRow("teams 202 accepted")
            << ChannelKind::Teams << 202 << QByteArray() << QByteArray("x-ms-workflow-run-id");
        QTest::newRow("teams 200") << ChannelKind::Teams << 200 << QByteArray("1")
                                   << QByteArray("x-ms-workflow-run-id");
        QTest::newRow("mattermost 200 ok")
            << ChannelKind::Mattermost << 200 << QByteArray("ok") << QByteArray("X-Request-Id");
    }

    void delivers()
    {
        QFETCH(ChannelKind, channel);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, referenceHeader);
        auto rig = rigFor(channel, answer(status, body, {{referenceHeader, "ref-4711"}}));
        const Delivery row = rig->sendAndWait();
        QCOMPARE(row.state, DeliveryState::Delivered);
        QCOMPARE(row.providerReference, u"ref-4711"_s);
        QCOMPARE(rig->receiver.requests().size(), 1);

        const HttpReceiver::Request& request = rig->receiver.requests().first();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QUrl(secretPath(channel)).path());
        QCOMPARE(request.headers.value("content-type"), QByteArray("application/json"));
        QVERIFY(request.headers.value("user-agent").startsWith("Herald/"));
        QCOMPARE(request.body, rig->approvedWire());
        const QJsonObject json = QJsonDocument::fromJson(request.body).object();
        if (channel == ChannelKind::Slack) {
            QVERIFY(!json.value(u"text"_s).toString().isEmpty()); // the notification fallback
            QCOMPARE(json.value(u"blocks"_s).toArray().first()[u"type"_s].toString(), u"header"_s);
        } else if (channel == ChannelKind::Teams) {
            QCOMPARE(json.value(u"type"_s).toString(), u"message"_s);
            const QJsonObject card = json.value(u"attachments"_s).toArray().first().toObject();
            QCOMPARE(card.value(u"contentType"_s).toString(), u"application/vnd.microsoft.card.adaptive"_s);
            QCOMPARE(card.value(u"content"_s)[u"type"_s].toString(), u"AdaptiveCard"_s);
        } else {
            QVERIFY(json.contains(u"text"_s) || json.contains(u"attachments"_s));
        }

        // The URL is a secret: the outbox, the endpoint and the timeline only know its redacted form.
        QVERIFY(row.target.endsWith(channel == ChannelKind::Teams ? u"?•••"_s : u"/•••"_s));
        QVERIFY(!row.target.contains(secretPart));
        for (const TimelineEvent& event : rig->f.store().timeline().events(row.incidentId))
            QVERIFY2(!event.summary.contains(secretPart), qPrintable(event.summary));
    }

    void classifiesServiceErrors_data()
    {
        QTest::addColumn<ChannelKind>("channel");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<DeliveryState>("state");
        QTest::addColumn<int>("delaySeconds"); // until the next attempt; -1: none
        QTest::addColumn<QString>("said");
        const auto failed = DeliveryState::Failed;
        const auto pending = DeliveryState::Pending;
        const auto slack = ChannelKind::Slack;
        QTest::newRow("slack 400 invalid_payload")
            << slack << 400 << QByteArray("invalid_payload") << QByteArray() << failed << -1
            << u"HTTP 400 Bad Request: invalid_payload"_s;
        QTest::newRow("slack 403 action_prohibited")
            << slack << 403 << QByteArray("action_prohibited") << QByteArray() << failed << -1
            << u"action_prohibited (a Slack admin restricted posting"_s;
        QTest::newRow("slack 404 no_service")
            << slack << 404 << QByteArray("no_service") << QByteArray() << failed << -1
            << u"no_service (the webhook was removed or disabled"_s;
        QTest::newRow("slack 404 channel_not_found")
            << slack << 404 << QByteArray("channel_not_found") << QByteArray() << failed << -1
            << u"channel_not_found"_s;
        QTest::newRow("slack 410 channel_is_archived")
            << slack << 410 << QByteArray("channel_is_archived") << QByteArray() << failed << -1
            << u"HTTP 410 Gone: channel_is_archived (the webhook's channel is archived)"_s;
        QTest::newRow("slack 429 Retry-After")
            << slack << 429 << QByteArray("rate_limited") << QByteArray("30") << pending << 30
            << u"HTTP 429 Too Many Requests"_s;
        QTest::newRow("slack 500 rollup_error") << slack << 500 << QByteArray("rollup_error") << QByteArray()
                                                << pending << 5 << u"rollup_error"_s;

        const auto teams = ChannelKind::Teams;
        QTest::newRow("teams 400 bad card")
            << teams << 400
            << QByteArray(
                   R"({"error":{"code":"InvalidRequestContent","message":"The request content is not valid."}})")
            << QByteArray() << failed << -1 << u"InvalidRequestContent The request content is not valid."_s;
        QTest::newRow("teams 401 signature")
            << teams << 401
            << QByteArray(
                   R"({"error":{"code":"DirectApiInvalidAuthorizationScheme","message":"The provided authorization is invalid."}})")
            << QByteArray() << failed << -1 << u"DirectApiInvalidAuthorizationScheme"_s;
        QTest::newRow("teams 403") << teams << 403
                                   << QByteArray(R"({"error":{"code":"AuthorizationFailed","message":"no"}})")
                                   << QByteArray() << failed << -1 << u"AuthorizationFailed"_s;
        QTest::newRow("teams 404 flow gone")
            << teams << 404
            << QByteArray(
                   R"({"error":{"code":"WorkflowNotFound","message":"The workflow '0a1b' could not be found."}})")
            << QByteArray() << failed << -1 << u"WorkflowNotFound"_s;
        QTest::newRow("teams 429 Retry-After")
            << teams << 429
            << QByteArray(R"({"error":{"code":"WorkflowTriggerIsThrottled","message":"slow down"}})")
            << QByteArray("10") << pending << 10 << u"WorkflowTriggerIsThrottled"_s;
        QTest::newRow("teams 502") << teams << 502 << QByteArray("Bad Gateway") << QByteArray() << pending
                                   << 5 << u"HTTP 502"_s;
        QTest::newRow("teams 503 Retry-After")
            << teams << 503 << QByteArray() << QByteArray("120") << pending << 120 << u"HTTP 503"_s;
        QTest::newRow("teams connector throttled in a 200")
            << teams << 200
            << QByteArray("Webhook message delivery failed with error: Microsoft Teams endpoint returned "
                          "HTTP error 429 "
                          "with ContextId tcid=0,server=msgapi-production-eus-azsc2-4-170,cv=deadbeef.")
            << QByteArray() << pending << 5 << u"HTTP error 429"_s;

        const auto mattermost = ChannelKind::Mattermost;
        QTest::newRow("mattermost 400 invalid webhook")
            << mattermost << 400
            << QByteArray(
                   R"({"id":"web.incoming_webhook.invalid.app_error","message":"Invalid webhook.",)"
                   R"("detailed_error":"","request_id":"8x4b1ng6cjbyfyqz3sk7rzwaro","status_code":400})")
            << QByteArray() << failed << -1
            << u"HTTP 400 Bad Request: Invalid webhook. (web.incoming_webhook.invalid.app_error)"_s;
        QTest::newRow("mattermost 400 no text")
            << mattermost << 400
            << QByteArray(R"({"id":"web.incoming_webhook.text.app_error","message":"No text specified.",)"
                          R"("detailed_error":"","request_id":"q3","status_code":400})")
            << QByteArray() << failed << -1 << u"No text specified."_s;
        QTest::newRow("mattermost 403 channel locked")
            << mattermost << 403
            << QByteArray(
                   R"({"id":"web.incoming_webhook.channel_locked.app_error","message":"This webhook is not permitted to post to the requested channel.",)"
                   R"("detailed_error":"","request_id":"q4","status_code":403})")
            << QByteArray() << failed << -1 << u"not permitted"_s;
        QTest::newRow("mattermost 429") << mattermost << 429 << QByteArray("limit exceeded\n")
                                        << QByteArray("45") << pending << 45 << u"limit exceeded"_s;
        QTest::newRow("mattermost 500")
            << mattermost << 500
            << QByteArray(
                   R"({"id":"web.incoming_webhook.general.app_error","message":"Unable to create post.",)"
                   R"("detailed_error":"","request_id":"q5","status_code":500})")
            << QByteArray() << pending << 5 << u"Unable to create post."_s;
    }

    void classifiesServiceErrors()
    {
        QFETCH(ChannelKind, channel);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, retryAfter);
        QFETCH(DeliveryState, state);
        QFETCH(int, delaySeconds);
        QFETCH(QString, said);
        Headers headers;
        if (!retryAfter.isEmpty())
            headers << qMakePair(QByteArray("Retry-After"), retryAfter);
        auto rig = rigFor(channel, answer(status, body, headers));
        const Delivery row = rig->sendAndWait();
        QCOMPARE(rig->receiver.requests().size(), 1);
        QCOMPARE(row.state, state);
        QVERIFY2(row.lastError.contains(said), qPrintable(row.lastError));
        if (delaySeconds >= 0)
            QCOMPARE(row.updatedAt.secsTo(row.nextAttemptAt), delaySeconds);
    }

    void retriesTheSameMessageAfterA429()
    {
        int calls = 0;
        auto rig = rigFor(ChannelKind::Slack, [&](const HttpReceiver::Request&) {
            return ++calls == 1 ? HttpReceiver::Reply{429, "rate_limited", {{"Retry-After", "2"}}}
                                : HttpReceiver::Reply{200, "ok", {}};
        });
        QCOMPARE(rig->sendAndWait().state, DeliveryState::Pending);
        const Delivery row = rig->retryAndWait();
        QCOMPARE(row.state, DeliveryState::Delivered);
        QCOMPARE(row.attempts, 2);
        QCOMPARE(rig->receiver.requests().size(), 2);
        QCOMPARE(rig->receiver.requests().at(1).body, rig->receiver.requests().at(0).body);
    }

    void withoutTheUrlNothingIsSent()
    {
        // An endpoint whose keychain entry is missing: permanent, and the server hears nothing.
        SendRig rig(ChannelKind::Mattermost);
        rig.addEndpoint(u"https://chat.example.org/hooks/•••"_s, QByteArray());
        const Delivery row = rig.sendAndWait();
        QCOMPARE(row.state, DeliveryState::Failed);
        QVERIFY2(row.lastError.contains(u"No webhook URL stored in the keychain"_s),
                 qPrintable(row.lastError));
        QVERIFY(rig.receiver.requests().isEmpty());
    }

    void refusesAUrlOffTheServiceHost()
    {
        // A "Slack" webhook URL pointing elsewhere is never posted to.
        SendRig rig(ChannelKind::Slack);
        rig.addEndpoint(u"https://hooks.slack.com/services/T…/B…/•••"_s,
                        "https://hooks.slack.com.example.net/services/T1/B2/sEcReT");
        const Delivery row = rig.sendAndWait();
        QCOMPARE(row.state, DeliveryState::Failed);
        QVERIFY2(row.lastError.contains(u"is not where Slack webhooks live"_s), qPrintable(row.lastError));
    }

    void aDrillGoesToTheSandboxNeverBehindTheSecret()
    {
        // A drill's outbox row names the sandbox webhook in full (DraftService), not the
        // endpoint's redacted address: that URL is posted to, and the real channel hears nothing.
        HttpReceiver real;
        HttpReceiver sandbox;
        OutboxNetwork network;
        ManualClock clock(QDateTime::currentDateTimeUtc());
        SlackSender sender(network, clock, 5000);
        Delivery delivery;
        delivery.channel = ChannelKind::Slack;
        delivery.target = sandbox.url(u"/services/T9/B9/sAnDbOx"_s).toString();
        delivery.payload = R"({"text":"drill"})";
        SendContext context;
        context.secret = real.url(secretPath(ChannelKind::Slack)).toString().toUtf8();
        std::optional<SendOutcome> outcome;
        sender.send(delivery, context, [&](const SendOutcome& o) { outcome = o; });
        QTRY_VERIFY(outcome.has_value());
        QCOMPARE(outcome->kind, SendOutcome::Kind::Delivered);
        QCOMPARE(sandbox.requests().size(), 1);
        QCOMPARE(sandbox.requests().first().path, u"/services/T9/B9/sAnDbOx"_s);
        QVERIFY(real.requests().isEmpty());
    }

    void dryRunShowsTheRequestWithoutTheSecret()
    {
        OutboxNetwork network;
        ManualClock clock(QDateTime::currentDateTimeUtc());
        TeamsSender sender(network, clock, 1000);
        Delivery delivery;
        delivery.channel = ChannelKind::Teams;
        delivery.target =
            u"https://prod-12.westus.logic.azure.com:443/workflows/0…/triggers/manual/paths/invoke?•••"_s;
        delivery.payload = R"({"type":"message"})";
        SendContext context;
        context.secret =
            "https://prod-12.westus.logic.azure.com:443/workflows/0a1b/triggers/manual/paths/invoke"
            "?api-version=2016-06-01&sig=sEcReT";
        QCOMPARE(
            sender.dryRun(delivery, context),
            u"POST https://prod-12.westus.logic.azure.com:443/workflows/0…/triggers/manual/paths/invoke?•••\n"
            "Content-Type: application/json\n\n{\"type\":\"message\"}"_s);
    }
};

QTEST_GUILESS_MAIN(ChatSendersTest)
#include "ChatSendersTest.moc"
