// Mastodon: the instance's limits are read first, a status over them is refused, and statuses go
// out with the token and the delivery's Idempotency-Key; a thread goes out as replies.
#include "channels/mastodon/MastodonSender.h"

#include "ProviderFixture.h"
#include "channels/http/OutboxNetwork.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;
using Test::HttpReceiver;

namespace {
const QByteArray token = "ZA-Yj3aBD8U8Cm7lKUp-lm9O9BmDgdhHzDeqsY8tlL0";

// GET /api/v2/instance, trimmed to what matters here.
QByteArray instance(int maxCharacters)
{
    return QJsonDocument(QJsonObject{{u"domain"_s, u"mastodon.example"_s},
                                     {u"version"_s, u"4.3.0"_s},
                                     {u"configuration"_s,
                                      QJsonObject{{u"statuses"_s,
                                                   QJsonObject{{u"max_characters"_s, maxCharacters},
                                                               {u"max_media_attachments"_s, 4},
                                                               {u"characters_reserved_per_url"_s, 23}}}}}})
        .toJson(QJsonDocument::Compact);
}

// A Mastodon server: its instance document, and statuses numbered from 1000.
HttpReceiver::Responder server(int maxCharacters, int* posted)
{
    return [maxCharacters, posted](const HttpReceiver::Request& r) {
        if (r.path == u"/api/v2/instance"_s)
            return HttpReceiver::Reply{200, instance(maxCharacters), {{"Content-Type", "application/json"}}};
        if (r.path == u"/api/v1/statuses"_s && r.method == "POST") {
            const QString id = QString::number(1000 + (*posted)++);
            return HttpReceiver::Reply{
                200,
                QJsonDocument(
                    QJsonObject{
                        {u"id"_s, id},
                        {u"uri"_s, QString(u"https://mastodon.example/users/status/statuses/"_s + id)},
                        {u"visibility"_s, u"public"_s}})
                    .toJson(QJsonDocument::Compact),
                {{"Content-Type", "application/json"}}};
        }
        return HttpReceiver::Reply{404, R"({"error":"Record not found"})", {}};
    };
}
} // namespace

class MastodonSenderTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = Test::ProviderFixture::startKeychain();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    void cleanupTestCase() { Test::ProviderFixture::stopKeychain(); }

    void postsWithTheIdempotencyKey()
    {
        int posted = 0;
        HttpReceiver mastodon;
        mastodon.setResponder(server(500, &posted));
        Test::ProviderFixture p;
        p.addEndpoint(ChannelKind::Mastodon, mastodon.url(u""_s).toString(), {}, token);
        const Delivery row = p.dispatch(p.sendUpdate(ChannelKind::Mastodon));
        QCOMPARE(row.state, DeliveryState::Delivered);
        QCOMPARE(row.providerReference, u"1000"_s);
        QCOMPARE(mastodon.requests().size(), 2);
        QCOMPARE(mastodon.requests().at(0).path, u"/api/v2/instance"_s);
        const HttpReceiver::Request& r = mastodon.requests().at(1);
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.path, u"/api/v1/statuses"_s);
        QCOMPARE(r.headers.value("authorization"), "Bearer " + token);
        QCOMPARE(r.headers.value("idempotency-key"), row.idempotencyKey.toUtf8());
        QCOMPARE(r.headers.value("content-type"), QByteArray("application/json"));
        const QJsonObject status = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(status, QJsonDocument::fromJson(row.payload).object());
        QVERIFY(status[u"status"_s].toString().contains(u"Payments API"_s));
        QCOMPARE(status[u"visibility"_s].toString(), u"public"_s);
        QVERIFY(!status.contains(u"in_reply_to_id"_s));
    }

    void overTheInstanceLimitIsRefused()
    {
        int posted = 0;
        HttpReceiver mastodon;
        mastodon.setResponder(server(100, &posted));
        Test::ProviderFixture p;
        p.addEndpoint(ChannelKind::Mastodon, mastodon.url(u""_s).toString(), {}, token);
        const Delivery row = p.dispatch(p.sendUpdate(ChannelKind::Mastodon));
        QCOMPARE(row.state, DeliveryState::Failed);
        QVERIFY2(row.lastError.contains(u"allows 100"_s), qPrintable(row.lastError));
        QCOMPARE(posted, 0);
        QCOMPARE(mastodon.requests().size(), 1); // the instance document only
    }

    void aThreadGoesOutAsReplies()
    {
        int posted = 0;
        HttpReceiver mastodon;
        mastodon.setResponder(server(500, &posted));
        Test::ProviderFixture p;
        p.addEndpoint(ChannelKind::Mastodon, mastodon.url(u""_s).toString(), {}, token);
        QString impact;
        for (int i = 1; impact.size() < 700; ++i)
            impact += u"Region %1 sees declined card payments at checkout. "_s.arg(i);
        const qint64 draft =
            p.sendUpdate(ChannelKind::Mastodon, Test::WorkflowFixture::defaultTemplate, 0, impact.trimmed());
        const Delivery row = p.dispatch(draft);
        QCOMPARE(row.state, DeliveryState::Delivered);
        const QJsonArray parts = QJsonDocument::fromJson(row.payload).array();
        QVERIFY2(parts.size() >= 2, row.payload.constData());
        QCOMPARE(posted, parts.size());
        QCOMPARE(row.providerReference, u"1000"_s);
        for (qsizetype i = 0; i < parts.size(); ++i) {
            const HttpReceiver::Request& r = mastodon.requests().at(1 + i);
            const QJsonObject status = QJsonDocument::fromJson(r.body).object();
            QCOMPARE(status[u"status"_s], parts.at(i).toObject()[u"status"_s]);
            QCOMPARE(status[u"in_reply_to_id"_s].toString(),
                     i == 0 ? QString() : QString::number(1000 + i - 1));
            QCOMPARE(r.headers.value("idempotency-key"),
                     (i == 0 ? row.idempotencyKey : u"%1-%2"_s.arg(row.idempotencyKey).arg(i + 1)).toUtf8());
        }
    }

    void answers_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<DeliveryState>("state");
        QTest::addColumn<QString>("said");
        QTest::newRow("401") << 401 << QByteArray(R"({"error":"The access token is invalid"})")
                             << QByteArray() << DeliveryState::Failed
                             << u"Mastodon: The access token is invalid (HTTP 401)"_s;
        QTest::newRow("422") << 422 << QByteArray(R"({"error":"Validation failed: Text can not be blank"})")
                             << QByteArray() << DeliveryState::Failed << u"Validation failed"_s;
        QTest::newRow("429") << 429 << QByteArray(R"({"error":"Too many requests"})") << QByteArray("300")
                             << DeliveryState::Pending << u"Too many requests"_s;
        QTest::newRow("429 X-RateLimit-Reset")
            << 429 << QByteArray(R"({"error":"Too many requests"})") << QByteArray() << DeliveryState::Pending
            << u"Too many requests"_s;
        QTest::newRow("503") << 503 << QByteArray("<html>Service Unavailable</html>") << QByteArray()
                             << DeliveryState::Pending << u"HTTP 503"_s;
    }

    void answers()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, retryAfter);
        QFETCH(DeliveryState, state);
        QFETCH(QString, said);
        QDateTime resetAt;
        HttpReceiver mastodon;
        mastodon.setResponder([&](const HttpReceiver::Request& r) {
            if (r.path == u"/api/v2/instance"_s)
                return HttpReceiver::Reply{200, instance(500), {}};
            HttpReceiver::Reply reply{status, body, {{"Content-Type", "application/json"}}};
            if (!retryAfter.isEmpty())
                reply.headers.append({"Retry-After", retryAfter});
            else if (status == 429) // Mastodon's own way: when the window ends
                reply.headers.append({"X-RateLimit-Reset", resetAt.toString(Qt::ISODateWithMs).toLatin1()});
            return reply;
        });
        Test::ProviderFixture p;
        resetAt = p.f.clock().now().addSecs(20 * 60);
        p.addEndpoint(ChannelKind::Mastodon, mastodon.url(u""_s).toString(), {}, token);
        const qint64 draft = p.sendUpdate(ChannelKind::Mastodon);
        const QDateTime sentAt = p.f.clock().now();
        const Delivery row = p.dispatch(draft);
        QCOMPARE(row.state, state);
        QVERIFY2(row.lastError.contains(said), qPrintable(row.lastError));
        if (!retryAfter.isEmpty())
            QCOMPARE(sentAt.secsTo(row.nextAttemptAt), retryAfter.toInt());
        else if (status == 429)
            QCOMPARE(row.nextAttemptAt, resetAt);
    }

    void dryRunHidesTheToken()
    {
        OutboxNetwork network;
        Test::ProviderFixture p;
        MastodonSender sender(network, p.f.clock(), 1000);
        Delivery delivery;
        delivery.target = u"https://mastodon.example/"_s;
        delivery.idempotencyKey = u"herald-d1-r1-e1-abc"_s;
        delivery.payload = R"({"status":"Investigating","visibility":"public","language":"en"})";
        const QString text = sender.dryRun(delivery, {ChannelEndpoint{}, token});
        QCOMPARE(text, u"GET https://mastodon.example/api/v2/instance\n\n"
                       u"POST https://mastodon.example/api/v1/statuses\nAuthorization: Bearer ***\n"
                       u"Idempotency-Key: herald-d1-r1-e1-abc\nContent-Type: application/json\n\n"
                       u"{\"language\":\"en\",\"status\":\"Investigating\",\"visibility\":\"public\"}"_s);
        ChannelEndpoint endpoint{1, ChannelKind::Mastodon, u"Mastodon"_s, u"http://mastodon.example"_s, true,
                                 {}};
        QVERIFY(sender.validate(endpoint).contains(u"https"_s));
    }
};

QTEST_GUILESS_MAIN(MastodonSenderTest)
#include "MastodonSenderTest.moc"
