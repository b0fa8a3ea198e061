// Push through an Amazon SNS topic: a SigV4-signed Publish with MessageStructure=json (APNs and
// FCM payloads, plain text for the rest), and SNS's XML answers.
#include "channels/push/SnsPushSender.h"

#include "ProviderFixture.h"
#include "channels/http/OutboxNetwork.h"
#include "store/Store.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;
using Test::HttpReceiver;

namespace {
const QString topic = u"arn:aws:sns:eu-west-1:123456789012:payments-status"_s;
const QString accessKeyId = u"AKIAIOSFODNN7EXAMPLE"_s;
const QByteArray secretKey = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

QByteArray snsError(const QString& type, const QString& code, const QString& message)
{
    return u"<ErrorResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\"><Error><Type>%1</Type>"
           u"<Code>%2</Code><Message>%3</Message></Error>"
           u"<RequestId>9c5ad0bb-7d79-5e8e-a6ba-9b1e1e4b7b8c</RequestId></ErrorResponse>"_s
               .arg(type, code, message)
               .toUtf8();
}
} // namespace

class SnsPushSenderTest : public QObject {
    Q_OBJECT

    qint64 addTopic(Test::ProviderFixture& p, const HttpReceiver& sns)
    {
        return p.addEndpoint(ChannelKind::Push, topic,
                             {{u"region"_s, u"eu-west-1"_s},
                              {u"access_key_id"_s, accessKeyId},
                              {u"api_base"_s, sns.url(u"/"_s).toString()}},
                             secretKey);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = Test::ProviderFixture::startKeychain();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    void cleanupTestCase() { Test::ProviderFixture::stopKeychain(); }

    void publishesToTheTopic()
    {
        HttpReceiver sns;
        sns.setResponder([](const HttpReceiver::Request&) {
            return HttpReceiver::Reply{
                200,
                "<PublishResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\">\n  <PublishResult>\n"
                "    <MessageId>94f20ce6-13c5-43a0-9a9e-ca52d816e90b</MessageId>\n  </PublishResult>\n"
                "  <ResponseMetadata>\n    <RequestId>f187a3c1-376f-11df-8963-01868b7c937a</RequestId>\n"
                "  </ResponseMetadata>\n</PublishResponse>",
                {{"Content-Type", "text/xml"}}};
        });
        Test::ProviderFixture p;
        addTopic(p, sns);
        const Delivery row = p.dispatch(p.sendUpdate(ChannelKind::Push));
        QCOMPARE(row.state, DeliveryState::Delivered);
        QCOMPARE(row.providerReference, u"94f20ce6-13c5-43a0-9a9e-ca52d816e90b"_s);
        QCOMPARE(sns.requests().size(), 1);
        const HttpReceiver::Request& r = sns.requests().first();
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.headers.value("content-type"),
                 QByteArray("application/x-www-form-urlencoded; charset=utf-8"));
        const QString signature = Test::ProviderFixture::checkSigV4(
            r, accessKeyId, QString::fromLatin1(secretKey), u"eu-west-1"_s, u"sns"_s);
        QVERIFY2(signature.isEmpty(), qPrintable(signature));
        // Signed at the injected clock's time.
        QCOMPARE(r.headers.value("x-amz-date"),
                 p.f.clock().now().toString(u"yyyyMMdd'T'HHmmss'Z'"_s).toLatin1());

        const QUrlQuery form = Test::ProviderFixture::form(r.body);
        QCOMPARE(form.queryItemValue(u"Action"_s), u"Publish"_s);
        QCOMPARE(form.queryItemValue(u"Version"_s), u"2010-03-31"_s);
        QCOMPARE(form.queryItemValue(u"TopicArn"_s, QUrl::FullyDecoded), topic);
        QCOMPARE(form.queryItemValue(u"MessageStructure"_s), u"json"_s);
        const QJsonObject apns = QJsonDocument::fromJson(row.payload).object();
        const QJsonObject alert = apns[u"aps"_s][u"alert"_s].toObject();
        QVERIFY(!alert[u"title"_s].toString().isEmpty());
        QCOMPARE(form.queryItemValue(u"Subject"_s, QUrl::FullyDecoded), alert[u"title"_s].toString());
        const QJsonObject message =
            QJsonDocument::fromJson(form.queryItemValue(u"Message"_s, QUrl::FullyDecoded).toUtf8()).object();
        // Every value a string, with a default for protocols without their own.
        QCOMPARE(message[u"default"_s].toString(),
                 alert[u"title"_s].toString() + u": "_s + alert[u"body"_s].toString());
        QCOMPARE(QJsonDocument::fromJson(message[u"APNS"_s].toString().toUtf8()).object(), apns);
        QCOMPARE(QJsonDocument::fromJson(message[u"APNS_SANDBOX"_s].toString().toUtf8()).object(), apns);
        const QJsonObject fcm = QJsonDocument::fromJson(message[u"GCM"_s].toString().toUtf8()).object();
        QCOMPARE(fcm[u"fcmV1Message"_s][u"message"_s][u"notification"_s][u"body"_s].toString(),
                 alert[u"body"_s].toString());
        QCOMPARE(fcm[u"fcmV1Message"_s][u"message"_s][u"data"_s][u"incident_id"_s].toString(),
                 QString::number(p.f.incident));
    }

    void errors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<DeliveryState>("state");
        QTest::addColumn<QString>("said");
        QTest::newRow("Throttling") << 400 << snsError(u"Sender"_s, u"Throttling"_s, u"Rate exceeded"_s)
                                    << DeliveryState::Pending << u"Throttling: Rate exceeded"_s;
        QTest::newRow("InvalidParameter")
            << 400 << snsError(u"Sender"_s, u"InvalidParameter"_s, u"Invalid parameter: TopicArn"_s)
            << DeliveryState::Failed << u"InvalidParameter: Invalid parameter: TopicArn"_s;
        QTest::newRow("AuthorizationError")
            << 403
            << snsError(
                   u"Sender"_s, u"AuthorizationError"_s,
                   u"User: arn:aws:iam::123456789012:user/herald is not authorized to perform: SNS:Publish"_s)
            << DeliveryState::Failed << u"AuthorizationError"_s;
        QTest::newRow("InternalError")
            << 500 << snsError(u"Receiver"_s, u"InternalError"_s, u"Internal failure"_s)
            << DeliveryState::Pending << u"InternalError"_s;
    }

    void errors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(DeliveryState, state);
        QFETCH(QString, said);
        HttpReceiver sns;
        sns.setResponder([&](const HttpReceiver::Request&) {
            return HttpReceiver::Reply{status, body, {{"Content-Type", "text/xml"}}};
        });
        Test::ProviderFixture p;
        addTopic(p, sns);
        const Delivery row = p.dispatch(p.sendUpdate(ChannelKind::Push));
        QCOMPARE(row.state, state);
        QVERIFY2(row.lastError.contains(said), qPrintable(row.lastError));
    }

    void dryRunHidesTheSignature()
    {
        HttpReceiver sns;
        Test::ProviderFixture p;
        const qint64 endpoint = addTopic(p, sns);
        Delivery delivery;
        delivery.target = topic;
        delivery.payload =
            R"({"aps":{"alert":{"title":"Investigating","body":"Payments API"}},"incident_id":7})";
        OutboxNetwork network;
        SnsPushSender sender(network, p.f.clock(), 1000);
        const ChannelEndpoint configured = *p.f.store().endpoints().byId(endpoint);
        const QString text = sender.dryRun(delivery, {configured, secretKey});
        QVERIFY2(text.contains(u"\nAuthorization: AWS4-HMAC-SHA256 ***\n"_s), qPrintable(text));
        QVERIFY(!text.contains(u"Signature="_s));
        QVERIFY(!text.contains(QString::fromLatin1(secretKey)));
        QVERIFY(text.contains(u"TopicArn=arn%3Aaws%3Asns%3Aeu-west-1%3A123456789012%3Apayments-status"_s));
        QVERIFY(sender.validate(configured).isEmpty());
        ChannelEndpoint bad = configured;
        bad.settings.insert(u"region"_s, u"Ireland"_s);
        QVERIFY(sender.validate(bad).contains(u"region"_s));
    }
};

QTEST_GUILESS_MAIN(SnsPushSenderTest)
#include "SnsPushSenderTest.moc"
