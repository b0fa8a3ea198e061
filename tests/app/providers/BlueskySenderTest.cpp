// Bluesky: createSession with the handle and the app password from the keychain, then
// createRecord with the composer's post (link facets in UTF-8 byte offsets) stamped with the
// injected clock; the session is kept, and an expired access token is refreshed once.
#include "channels/bluesky/BlueskySender.h"

#include "ProviderFixture.h"
#include "channels/bluesky/BlueskyRecordKey.h"
#include "channels/http/OutboxNetwork.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace Herald;
using Test::HttpReceiver;

namespace {
const QByteArray appPassword = "abcd-efgh-ijkl-mnop";
const QString did = u"did:plc:z72i7hdynmk6r22z27h6tvur"_s;

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// A PDS: sessions numbered 1, 2...; records stored under the record key asked for (else
// numbered from 3kabc1000) and found again by getRecord; `expireOnce` answers the first
// createRecord with ExpiredToken; `loseAnswer` stores the Nth record created (from 1) but
// answers 502, as when the connection drops after the PDS committed; `failCreate` answers the
// Nth createRecord with 503 without storing it.
struct Pds {
    int sessions = 0;
    int records = 0;
    int creates = 0;
    bool expireOnce = false;
    int loseAnswer = 0;
    int failCreate = 0;
    QByteArray currentToken;
    QHash<QString, QJsonObject> stored; // record key → {uri, cid, value}

    HttpReceiver::Reply session()
    {
        ++sessions;
        currentToken = "access-jwt-" + QByteArray::number(sessions);
        return {200,
                json({{u"did"_s, did},
                      {u"handle"_s, u"status.example.com"_s},
                      {u"accessJwt"_s, QString::fromLatin1(currentToken)},
                      {u"refreshJwt"_s, u"refresh-jwt-%1"_s.arg(sessions)},
                      {u"active"_s, true}}),
                {{"Content-Type", "application/json"}}};
    }

    HttpReceiver::Reply answer(const HttpReceiver::Request& r)
    {
        if (r.path == u"/xrpc/com.atproto.server.createSession"_s)
            return session();
        if (r.path == u"/xrpc/com.atproto.server.refreshSession"_s)
            return session();
        if (r.path == u"/xrpc/com.atproto.repo.createRecord"_s) {
            if (std::exchange(expireOnce, false))
                return {401, R"({"error":"ExpiredToken","message":"Token has expired"})", {}};
            if (r.headers.value("authorization") != "Bearer " + currentToken)
                return {401, R"({"error":"InvalidToken","message":"Token could not be verified"})", {}};
            if (++creates == failCreate)
                return {503, R"({"error":"InternalServerError","message":"Internal Server Error"})", {}};
            const QJsonObject body = QJsonDocument::fromJson(r.body).object();
            const QString rkey = body.value(u"rkey"_s).toString(u"3kabc%1"_s.arg(1000 + records));
            if (stored.contains(rkey))
                return {400, R"({"error":"InvalidRequest","message":"Record already exists"})", {}};
            ++records;
            stored.insert(rkey, {{u"uri"_s, u"at://%1/app.bsky.feed.post/%2"_s.arg(did, rkey)},
                                 {u"cid"_s, u"bafyreig%1"_s.arg(rkey)},
                                 {u"value"_s, body.value(u"record"_s)}});
            if (creates == loseAnswer)
                return {502, "Bad Gateway", {}};
            return {200,
                    json({{u"uri"_s, stored[rkey][u"uri"_s]},
                          {u"cid"_s, stored[rkey][u"cid"_s]},
                          {u"validationStatus"_s, u"valid"_s}}),
                    {{"Content-Type", "application/json"}}};
        }
        if (r.path == u"/xrpc/com.atproto.repo.getRecord"_s) {
            const QUrlQuery query(r.query);
            if (r.method != "GET" || query.queryItemValue(u"repo"_s) != did ||
                query.queryItemValue(u"collection"_s) != u"app.bsky.feed.post"_s)
                return {400, R"({"error":"InvalidRequest","message":"Bad query"})", {}};
            const QString rkey = query.queryItemValue(u"rkey"_s);
            if (!stored.contains(rkey))
                return {400,
                        json({{u"error"_s, u"RecordNotFound"_s},
                              {u"message"_s,
                               u"Could not locate record: at://%1/app.bsky.feed.post/%2"_s.arg(did, rkey)}}),
                        {{"Content-Type", "application/json"}}};
            return {200, json(stored[rkey]), {{"Content-Type", "application/json"}}};
        }
        return {404, R"({"error":"MethodNotImplemented","message":"Method Not Implemented"})", {}};
    }
};
} // namespace

class BlueskySenderTest : public QObject {
    Q_OBJECT

    qint64 addAccount(Test::ProviderFixture& p, const HttpReceiver& pds)
    {
        return p.addEndpoint(
            ChannelKind::Bluesky, u"status.example.com"_s,
            {{u"handle"_s, u"status.example.com"_s}, {u"api_base"_s, pds.url(u""_s).toString()}},
            appPassword);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = Test::ProviderFixture::startKeychain();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    void cleanupTestCase() { Test::ProviderFixture::stopKeychain(); }

    void signsInAndPosts()
    {
        Pds pds;
        HttpReceiver server;
        server.setResponder([&](const HttpReceiver::Request& r) { return pds.answer(r); });
        Test::ProviderFixture p;
        addAccount(p, server);
        // A link after a three-byte dash: byte offsets differ from character offsets.
        const qint64 draft =
            p.sendUpdate(ChannelKind::Bluesky, Test::WorkflowFixture::defaultTemplate, 0,
                         u"Card payments fail — see https://status.example.com/i/42 for details."_s);
        const Delivery row = p.dispatch(draft);
        QCOMPARE(row.state, DeliveryState::Delivered);
        // Created under the record key derived from the delivery, a TID.
        const QString rkey = BlueskyRecordKey::of(row.idempotencyKey, row.createdAt, 0);
        QVERIFY2(BlueskyRecordKey::isTid(rkey), qPrintable(rkey));
        QCOMPARE(row.providerReference, u"at://%1/app.bsky.feed.post/%2"_s.arg(did, rkey));
        QCOMPARE(server.requests().size(), 2);

        const HttpReceiver::Request& login = server.requests().at(0);
        QCOMPARE(login.method, QByteArray("POST"));
        QCOMPARE(login.path, u"/xrpc/com.atproto.server.createSession"_s);
        QCOMPARE(QJsonDocument::fromJson(login.body).object(),
                 (QJsonObject{{u"identifier"_s, u"status.example.com"_s},
                              {u"password"_s, QString::fromLatin1(appPassword)}}));

        const HttpReceiver::Request& create = server.requests().at(1);
        QCOMPARE(create.method, QByteArray("POST"));
        QCOMPARE(create.path, u"/xrpc/com.atproto.repo.createRecord"_s);
        QCOMPARE(create.headers.value("authorization"), QByteArray("Bearer access-jwt-1"));
        const QJsonObject body = QJsonDocument::fromJson(create.body).object();
        QCOMPARE(body[u"repo"_s].toString(), did);
        QCOMPARE(body[u"collection"_s].toString(), u"app.bsky.feed.post"_s);
        QCOMPARE(body[u"rkey"_s].toString(), rkey);
        const QJsonObject record = body[u"record"_s].toObject();
        QJsonObject composed = QJsonDocument::fromJson(row.payload).object();
        QCOMPARE(record[u"$type"_s].toString(), u"app.bsky.feed.post"_s);
        QCOMPARE(record[u"text"_s], composed[u"text"_s]);
        QCOMPARE(record[u"langs"_s].toArray(), QJsonArray{u"en"_s});
        QCOMPARE(record[u"createdAt"_s].toString(), p.f.clock().now().toString(Qt::ISODateWithMs));
        QVERIFY(record[u"createdAt"_s].toString().endsWith(u'Z'));
        const QJsonArray facets = record[u"facets"_s].toArray();
        QCOMPARE(facets.size(), 1);
        const QJsonObject index = facets[0][u"index"_s].toObject();
        const QByteArray text = record[u"text"_s].toString().toUtf8();
        const qsizetype start = index[u"byteStart"_s].toInteger();
        const qsizetype end = index[u"byteEnd"_s].toInteger();
        QCOMPARE(text.mid(start, end - start), QByteArray("https://status.example.com/i/42"));
        QCOMPARE(facets[0][u"features"_s][0][u"$type"_s].toString(), u"app.bsky.richtext.facet#link"_s);
        QCOMPARE(facets[0][u"features"_s][0][u"uri"_s].toString(), u"https://status.example.com/i/42"_s);
    }

    void keepsTheSessionAndRefreshesItOnce()
    {
        Pds pds;
        HttpReceiver server;
        server.setResponder([&](const HttpReceiver::Request& r) { return pds.answer(r); });
        Test::ProviderFixture p;
        addAccount(p, server);
        QCOMPARE(p.dispatch(p.sendUpdate(ChannelKind::Bluesky)).state, DeliveryState::Delivered);
        QCOMPARE(p.dispatch(p.sendUpdate(ChannelKind::Bluesky, u"partial-outage-identified"_s)).state,
                 DeliveryState::Delivered);
        QCOMPARE(pds.sessions, 1); // the second post reused the session
        QCOMPARE(server.requests().size(), 3);

        pds.expireOnce = true;
        const Delivery third = p.dispatch(p.sendUpdate(ChannelKind::Bluesky, u"partial-outage-monitoring"_s));
        QCOMPARE(third.state, DeliveryState::Delivered);
        QCOMPARE(third.providerReference,
                 u"at://%1/app.bsky.feed.post/%2"_s.arg(
                     did, BlueskyRecordKey::of(third.idempotencyKey, third.createdAt, 0)));
        QStringList paths;
        for (const HttpReceiver::Request& r : server.requests().mid(3))
            paths << r.path.section(u'/', -1);
        QCOMPARE(paths,
                 (QStringList{u"com.atproto.repo.createRecord"_s, u"com.atproto.server.refreshSession"_s,
                              u"com.atproto.repo.createRecord"_s}));
        QCOMPARE(server.requests().at(4).headers.value("authorization"), QByteArray("Bearer refresh-jwt-1"));
        QCOMPARE(server.requests().at(5).headers.value("authorization"), QByteArray("Bearer access-jwt-2"));
    }

    void signsInAgainWhenTheSessionIsRevoked()
    {
        Pds pds;
        HttpReceiver server;
        server.setResponder([&](const HttpReceiver::Request& r) { return pds.answer(r); });
        Test::ProviderFixture p;
        addAccount(p, server);
        QCOMPARE(p.dispatch(p.sendUpdate(ChannelKind::Bluesky)).state, DeliveryState::Delivered);
        pds.currentToken = "revoked"; // the kept session's token is no longer taken: InvalidToken
        const Delivery row = p.dispatch(p.sendUpdate(ChannelKind::Bluesky, u"partial-outage-identified"_s));
        QCOMPARE(row.state, DeliveryState::Delivered);
        QCOMPARE(pds.sessions, 2);
        QStringList paths;
        for (const HttpReceiver::Request& r : server.requests())
            paths << r.path.section(u'.', -1);
        QCOMPARE(paths, (QStringList{u"createSession"_s, u"createRecord"_s, u"createRecord"_s,
                                     u"createSession"_s, u"createRecord"_s}));
    }

    void aResendDoesNotPostAgain()
    {
        // The PDS stores the post, but its answer is lost (502): the retry finds the post under
        // its record key and does not create it again.
        Pds pds;
        pds.loseAnswer = 1;
        HttpReceiver server;
        server.setResponder([&](const HttpReceiver::Request& r) { return pds.answer(r); });
        Test::ProviderFixture p;
        addAccount(p, server);
        const qint64 draft = p.sendUpdate(ChannelKind::Bluesky);
        QCOMPARE(p.dispatch(draft).state, DeliveryState::Pending);
        QCOMPARE(pds.stored.size(), 1);
        p.f.clock().advanceSeconds(6);
        const Delivery row = p.dispatch(draft, 2);
        QCOMPARE(row.state, DeliveryState::Delivered);
        QCOMPARE(pds.stored.size(), 1); // one post, not two
        QCOMPARE(pds.creates, 1);
        QStringList paths;
        for (const HttpReceiver::Request& r : server.requests())
            paths << r.path.section(u'.', -1);
        QCOMPARE(paths, (QStringList{u"createSession"_s, u"createRecord"_s, u"getRecord"_s}));
        QCOMPARE(row.providerReference, pds.stored.begin()->value(u"uri"_s).toString());
        QVERIFY2(row.lastError.isEmpty(), qPrintable(row.lastError));
    }

    void aThreadResumesWhereItStopped()
    {
        // Three posts; the second fails (503). The retry finds the first, creates the second
        // and third, and the replies point at the right parents.
        Pds pds;
        pds.failCreate = 2;
        HttpReceiver server;
        server.setResponder([&](const HttpReceiver::Request& r) { return pds.answer(r); });
        Test::ProviderFixture p;
        addAccount(p, server);
        QString longText;
        for (int i = 0; i < 24; ++i)
            longText += u"Card payments are failing for some customers in region %1. "_s.arg(i);
        const qint64 draft =
            p.sendUpdate(ChannelKind::Bluesky, Test::WorkflowFixture::defaultTemplate, 0, longText);
        const Delivery first = p.dispatch(draft);
        QCOMPARE(first.state, DeliveryState::Pending);
        const int posts = int(QJsonDocument::fromJson(first.payload).array().size());
        QVERIFY2(posts >= 3, qPrintable(QString::number(posts)));
        QCOMPARE(pds.stored.size(), 1);
        p.f.clock().advanceSeconds(6);
        const Delivery row = p.dispatch(draft, 2);
        QCOMPARE(row.state, DeliveryState::Delivered);
        QCOMPARE(pds.stored.size(), posts); // each post once
        QStringList keys;
        for (int i = 0; i < posts; ++i)
            keys << BlueskyRecordKey::of(row.idempotencyKey, row.createdAt, i);
        for (const QString& key : std::as_const(keys))
            QVERIFY2(pds.stored.contains(key), qPrintable(key));
        const auto uri = [&](int i) { return pds.stored[keys.at(i)][u"uri"_s].toString(); };
        for (int i = 1; i < posts; ++i) {
            const QJsonObject reply = pds.stored[keys.at(i)][u"value"_s][u"reply"_s].toObject();
            QCOMPARE(reply[u"root"_s][u"uri"_s].toString(), uri(0));
            QCOMPARE(reply[u"parent"_s][u"uri"_s].toString(), uri(i - 1));
        }
        QCOMPARE(row.providerReference, uri(0));
    }

    void answers_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<DeliveryState>("state");
        QTest::addColumn<QString>("said");
        QTest::newRow("wrong app password")
            << u"com.atproto.server.createSession"_s << 401
            << QByteArray(R"({"error":"AuthenticationRequired","message":"Invalid identifier or password"})")
            << QByteArray() << DeliveryState::Failed
            << u"Signing in as status.example.com: Bluesky AuthenticationRequired: Invalid identifier or password"_s;
        QTest::newRow("invalid record")
            << u"com.atproto.repo.createRecord"_s << 400
            << QByteArray(R"({"error":"InvalidRequest","message":"Invalid app.bsky.feed.post record"})")
            << QByteArray() << DeliveryState::Failed << u"Bluesky InvalidRequest"_s;
        QTest::newRow("rate limited")
            << u"com.atproto.repo.createRecord"_s << 429
            << QByteArray(R"({"error":"RateLimitExceeded","message":"Rate Limit Exceeded"})")
            << QByteArray("90") << DeliveryState::Pending << u"RateLimitExceeded"_s;
        QTest::newRow("rate limited until")
            << u"com.atproto.repo.createRecord"_s << 429
            << QByteArray(R"({"error":"RateLimitExceeded","message":"Rate Limit Exceeded"})") << QByteArray()
            << DeliveryState::Pending << u"RateLimitExceeded"_s;
        QTest::newRow("502") << u"com.atproto.repo.createRecord"_s << 502 << QByteArray("Bad Gateway")
                             << QByteArray() << DeliveryState::Pending << u"HTTP 502"_s;
    }

    void answers()
    {
        QFETCH(QString, method);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, retryAfter);
        QFETCH(DeliveryState, state);
        QFETCH(QString, said);
        Pds pds;
        QDateTime resetAt;
        HttpReceiver server;
        server.setResponder([&](const HttpReceiver::Request& r) {
            if (!r.path.endsWith(method))
                return pds.answer(r);
            HttpReceiver::Reply reply{status, body, {{"Content-Type", "application/json"}}};
            if (!retryAfter.isEmpty())
                reply.headers.append({"Retry-After", retryAfter});
            else if (status == 429) // the PDS's way: the window's end in Unix seconds
                reply.headers.append({"RateLimit-Reset", QByteArray::number(resetAt.toSecsSinceEpoch())});
            return reply;
        });
        Test::ProviderFixture p;
        resetAt = p.f.clock().now().addSecs(3600);
        addAccount(p, server);
        const qint64 draft = p.sendUpdate(ChannelKind::Bluesky);
        const QDateTime sentAt = p.f.clock().now();
        const Delivery row = p.dispatch(draft);
        QCOMPARE(row.state, state);
        QVERIFY2(row.lastError.contains(said), qPrintable(row.lastError));
        if (!retryAfter.isEmpty())
            QCOMPARE(sentAt.secsTo(row.nextAttemptAt), retryAfter.toInt());
        else if (status == 429)
            QCOMPARE(row.nextAttemptAt, resetAt);
    }

    void dryRunHidesThePassword()
    {
        OutboxNetwork network;
        Test::ProviderFixture p;
        BlueskySender sender(network, p.f.clock(), 1000);
        const ChannelEndpoint endpoint{1,
                                       ChannelKind::Bluesky,
                                       u"Bluesky"_s,
                                       u"status.example.com"_s,
                                       true,
                                       QJsonObject{{u"handle"_s, u"status.example.com"_s}}};
        Delivery delivery;
        delivery.payload = R"({"$type":"app.bsky.feed.post","text":"Investigating","langs":["en"]})";
        const QString text = sender.dryRun(delivery, {endpoint, appPassword});
        QVERIFY2(text.startsWith(u"POST https://bsky.social/xrpc/com.atproto.server.createSession\n"_s),
                 qPrintable(text));
        QVERIFY(text.contains(u"\"password\":\"***\""_s));
        QVERIFY(text.contains(
            u"POST https://bsky.social/xrpc/com.atproto.repo.createRecord\nAuthorization: Bearer ***\n"_s));
        QVERIFY(!text.contains(QString::fromLatin1(appPassword)));
        QVERIFY(sender.validate(endpoint).isEmpty());
    }
};

QTEST_GUILESS_MAIN(BlueskySenderTest)
#include "BlueskySenderTest.moc"
