// Atlassian Statuspage: the first update of an incident creates the Statuspage incident, the
// next one updates that same incident; component names become the page's component ids.
#include "channels/statuspage/StatusPageSender.h"

#include "ProviderFixture.h"
#include "base/ManualClock.h"
#include "channels/http/OutboxNetwork.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Herald;
using Test::HttpReceiver;

namespace {
const QByteArray apiKey = "89a229ce1a8dbcf9ff30430fbe35eb4c0426574bca932061892cefd2138aa4b1";
const QString page = u"kctbh9vrtdwd"_s;
const QString incidentId = u"p31zjtct2jer"_s;

// The Incident object Statuspage answers with (a subset of its documented fields).
QByteArray incidentAnswer(const QJsonObject& sent)
{
    const QJsonObject incident = sent[u"incident"_s].toObject();
    return QJsonDocument(QJsonObject{{u"id"_s, incidentId},
                                     {u"page_id"_s, page},
                                     {u"name"_s, incident[u"name"_s]},
                                     {u"status"_s, incident[u"status"_s]},
                                     {u"impact"_s, u"major"_s},
                                     {u"shortlink"_s, u"http://stspg.io/p31zjtct2jer"_s},
                                     {u"incident_updates"_s,
                                      QJsonArray{QJsonObject{{u"id"_s, u"h7fhsg9pxx1c"_s},
                                                             {u"incident_id"_s, incidentId},
                                                             {u"status"_s, incident[u"status"_s]},
                                                             {u"body"_s, incident[u"body"_s]}}}}})
        .toJson(QJsonDocument::Compact);
}
} // namespace

class StatusPageSenderTest : public QObject {
    Q_OBJECT

    qint64 addPage(Test::ProviderFixture& p, const HttpReceiver& statuspage)
    {
        const qint64 endpoint =
            p.addEndpoint(ChannelKind::StatusPage, page,
                          {{u"components"_s, u"Payments API=8kbf7d35c070; Checkout=vtnh60py4yd7"_s},
                           {u"api_base"_s, statuspage.url(u""_s).toString()}},
                          apiKey);
        // The sender finds the Statuspage incident on the earlier delivery, through the store.
        Store& store = p.f.store();
        p.dispatcher().setSender(std::make_unique<StatusPageSender>(
            m_network, p.f.clock(), 5000, [&store](qint64 incident, qint64 endpointId) {
                return store.deliveries().lastReference(incident, endpointId);
            }));
        return endpoint;
    }

    OutboxNetwork m_network;

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = Test::ProviderFixture::startKeychain();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    void cleanupTestCase() { Test::ProviderFixture::stopKeychain(); }

    void createsThenUpdatesTheIncident()
    {
        HttpReceiver statuspage;
        statuspage.setResponder([](const HttpReceiver::Request& r) {
            const QJsonObject sent = QJsonDocument::fromJson(r.body).object();
            if (r.method == "POST" && r.path == u"/v1/pages/%1/incidents"_s.arg(page))
                return HttpReceiver::Reply{201, incidentAnswer(sent), {{"Content-Type", "application/json"}}};
            if (r.path == u"/v1/pages/%1/incidents/%2"_s.arg(page, incidentId))
                return HttpReceiver::Reply{200, incidentAnswer(sent), {{"Content-Type", "application/json"}}};
            return HttpReceiver::Reply{404, R"({"error":"Record not found"})", {}};
        });
        Test::ProviderFixture p;
        const qint64 endpoint = addPage(p, statuspage);

        const qint64 first = p.sendUpdate(ChannelKind::StatusPage, u"partial-outage-investigating"_s);
        const Delivery created = p.dispatch(first);
        QCOMPARE(created.state, DeliveryState::Delivered);
        QCOMPARE(created.providerReference, incidentId);
        QCOMPARE(p.f.store().deliveries().lastReference(p.f.incident, endpoint), incidentId);

        const qint64 second = p.sendUpdate(ChannelKind::StatusPage, u"partial-outage-identified"_s);
        p.f.tick(5); // past the 1 request/s slot
        const Delivery updated = p.dispatch(second);
        QCOMPARE(updated.state, DeliveryState::Delivered);
        QCOMPARE(updated.providerReference, incidentId);

        QCOMPARE(statuspage.requests().size(), 2);
        const HttpReceiver::Request& create = statuspage.requests().at(0);
        const HttpReceiver::Request& update = statuspage.requests().at(1);
        QCOMPARE(create.method, QByteArray("POST"));
        QCOMPARE(create.path, u"/v1/pages/kctbh9vrtdwd/incidents"_s);
        // HttpReceiver tells POST from the rest only: the path says this one is the PATCH.
        QCOMPARE(update.method, QByteArray("PATCH"));
        QCOMPARE(update.path, u"/v1/pages/kctbh9vrtdwd/incidents/p31zjtct2jer"_s);
        for (const HttpReceiver::Request& r : statuspage.requests()) {
            QCOMPARE(r.headers.value("authorization"), "OAuth " + apiKey);
            QCOMPARE(r.headers.value("content-type"), QByteArray("application/json"));
        }
        const QJsonObject createdIncident =
            QJsonDocument::fromJson(create.body).object()[u"incident"_s].toObject();
        QCOMPARE(createdIncident[u"name"_s].toString(), u"Payments API partial outage"_s);
        QCOMPARE(createdIncident[u"status"_s].toString(), u"investigating"_s);
        QVERIFY(createdIncident[u"body"_s].toString().contains(u"About one in five card payments"_s));
        QCOMPARE(createdIncident[u"deliver_notifications"_s].toBool(false), true);
        QCOMPARE(createdIncident[u"components"_s].toObject(),
                 (QJsonObject{{u"8kbf7d35c070"_s, u"partial_outage"_s}}));
        QCOMPARE(createdIncident[u"component_ids"_s].toArray(), (QJsonArray{u"8kbf7d35c070"_s}));
        const QJsonObject updatedIncident =
            QJsonDocument::fromJson(update.body).object()[u"incident"_s].toObject();
        // The incident's state (still investigating here) and the identified template's text.
        QCOMPARE(updatedIncident[u"status"_s].toString(), u"investigating"_s);
        QVERIFY2(updatedIncident[u"body"_s].toString().contains(u"cause"_s), update.body.constData());
        QVERIFY(updatedIncident[u"body"_s] != createdIncident[u"body"_s]);
        QVERIFY(updatedIncident[u"component_ids"_s].toArray().contains(u"8kbf7d35c070"_s));
    }

    // Two updates of one incident handed over at once (a slow create, the next update due): the
    // second waits for the first, and updates the incident the first created.
    void concurrentUpdatesCreateOneIncident()
    {
        HttpReceiver statuspage;
        statuspage.setResponder([](const HttpReceiver::Request& r) {
            const int status = r.method == "POST" ? 201 : 200;
            return HttpReceiver::Reply{status, incidentAnswer(QJsonDocument::fromJson(r.body).object()), {}};
        });
        QHash<qint64, QString> recorded; // incident → reference, as the dispatcher records it
        ManualClock clock(QDateTime(QDate(2026, 11, 26), QTime(14, 0), QTimeZone::UTC));
        StatusPageSender sender(m_network, clock, 5000,
                                [&](qint64 incident, qint64) { return recorded.value(incident); });
        const ChannelEndpoint endpoint{
            3,           ChannelKind::StatusPage,
            u"Status"_s, page,
            true,        QJsonObject{{u"api_base"_s, statuspage.url(u""_s).toString()}}};
        QList<SendOutcome> outcomes;
        for (int update = 1; update <= 3; ++update) {
            Delivery delivery;
            delivery.incidentId = update == 3 ? 8 : 7; // the third is another incident
            delivery.endpointId = endpoint.id;
            delivery.target = page;
            delivery.payload =
                u"{\"incident\":{\"name\":\"Payments\",\"body\":\"Update %1\"}}"_s.arg(update).toUtf8();
            sender.send(delivery, {endpoint, apiKey},
                        [&, incident = delivery.incidentId](const SendOutcome& outcome) {
                            recorded.insert(incident, outcome.providerReference);
                            outcomes << outcome;
                        });
        }
        QTRY_COMPARE(outcomes.size(), 3);
        QStringList calls;
        for (const HttpReceiver::Request& r : statuspage.requests())
            calls << QString::fromLatin1(r.method) + u' ' + r.path.section(u'/', 4) + u' ' +
                         QJsonDocument::fromJson(r.body)[u"incident"_s][u"body"_s].toString();
        calls.sort(); // incident 8's create runs alongside incident 7's
        QCOMPARE(calls, (QStringList{u"PATCH incidents/p31zjtct2jer Update 2"_s, u"POST incidents Update 1"_s,
                                     u"POST incidents Update 3"_s}));
    }

    void answers_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<DeliveryState>("state");
        QTest::addColumn<int>("delaySeconds");
        QTest::addColumn<QString>("said");
        QTest::newRow("401") << 401 << QByteArray(R"({"error":"Could not authenticate"})") << QByteArray()
                             << DeliveryState::Failed << -1
                             << u"Statuspage: Could not authenticate (HTTP 401)"_s;
        QTest::newRow("422") << 422 << QByteArray("{\"error\":[\"Name can\u0027t be blank\"]}")
                             << QByteArray() << DeliveryState::Failed << -1 << u"Name can\u0027t be blank"_s;
        QTest::newRow("420 rate limit")
            << 420 << QByteArray(R"({"error":"Rate limited"})") << QByteArray("60") << DeliveryState::Pending
            << 5 << u"Rate limited"_s;
        QTest::newRow("429 Retry-After")
            << 429 << QByteArray(R"({"error":"Rate limited"})") << QByteArray("60") << DeliveryState::Pending
            << 60 << u"Rate limited"_s;
        QTest::newRow("502") << 502 << QByteArray("<html>Bad Gateway</html>") << QByteArray()
                             << DeliveryState::Pending << 5 << u"HTTP 502"_s;
    }

    void answers()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, retryAfter);
        QFETCH(DeliveryState, state);
        QFETCH(int, delaySeconds);
        QFETCH(QString, said);
        HttpReceiver statuspage;
        statuspage.setResponder(Test::ProviderFixture::answering(status, body, retryAfter));
        Test::ProviderFixture p;
        addPage(p, statuspage);
        const qint64 draft = p.sendUpdate(ChannelKind::StatusPage);
        const QDateTime sentAt = p.f.clock().now();
        const Delivery row = p.dispatch(draft);
        QCOMPARE(row.state, state);
        QVERIFY2(row.lastError.contains(said), qPrintable(row.lastError));
        if (delaySeconds >= 0)
            QCOMPARE(sentAt.secsTo(row.nextAttemptAt), delaySeconds);
    }

    void dryRunAndSettings()
    {
        OutboxNetwork network;
        ManualClock clock(QDateTime(QDate(2026, 11, 26), QTime(14, 0), QTimeZone::UTC));
        StatusPageSender sender(network, clock, 1000, [](qint64, qint64) { return incidentId; });
        QCOMPARE(sender.defaultRatePerSecond(), 1.0);
        ChannelEndpoint endpoint{1,           ChannelKind::StatusPage,
                                 u"Status"_s, page,
                                 true,        QJsonObject{{u"components"_s, u"Payments API=8kbf7d35c070"_s}}};
        Delivery delivery;
        delivery.target = page;
        delivery.payload =
            R"({"incident":{"name":"Payments","status":"monitoring","components":{"Payments API":"operational","Ledger":"major_outage"}}})";
        const QString text = sender.dryRun(delivery, {endpoint, apiKey});
        QVERIFY2(
            text.startsWith(u"PATCH https://api.statuspage.io/v1/pages/kctbh9vrtdwd/incidents/p31zjtct2jer\n"
                            u"Authorization: OAuth ***\n"_s),
            qPrintable(text));
        QVERIFY(!text.contains(QString::fromLatin1(apiKey)));
        // Components the page does not know are left out rather than sent by name.
        QVERIFY(text.contains(u"\"components\":{\"8kbf7d35c070\":\"operational\"}"_s));
        QVERIFY(text.contains(u"\"component_ids\":[\"8kbf7d35c070\"]"_s));
        QVERIFY(sender.validate(endpoint).isEmpty());
        endpoint.address = u"https://status.example.com"_s;
        QVERIFY(sender.validate(endpoint).contains(u"page id"_s));
    }
};

QTEST_GUILESS_MAIN(StatusPageSenderTest)
#include "StatusPageSenderTest.moc"
