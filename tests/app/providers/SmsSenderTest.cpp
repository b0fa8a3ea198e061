// SMS through Twilio's Messages API and through Amazon SNS Publish with PhoneNumber: the request
// each API documents, and what Herald makes of each answer.
#include "channels/sms/SmsSender.h"

#include "ProviderFixture.h"
#include "channels/http/OutboxNetwork.h"
#include "store/Store.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;
using Test::HttpReceiver;

namespace {
const QString phone = u"+14155550100"_s;
const QByteArray authToken = "twilio-auth-token-0123456789abcdef";

QJsonObject twilioSettings(const HttpReceiver& receiver)
{
    return {{u"provider"_s, u"twilio"_s},
            {u"account_sid"_s, u"AC0123456789abcdef0123456789abcdef"_s},
            {u"from"_s, u"+15005550006"_s},
            {u"api_base"_s, receiver.url(u""_s).toString()}};
}

// Twilio's error object, as its API returns it.
QByteArray twilioError(int code, const QString& message, int status)
{
    return QJsonDocument(QJsonObject{{u"code"_s, code},
                                     {u"message"_s, message},
                                     {u"more_info"_s, u"https://www.twilio.com/docs/errors/%1"_s.arg(code)},
                                     {u"status"_s, status}})
        .toJson(QJsonDocument::Compact);
}
} // namespace

class SmsSenderTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = Test::ProviderFixture::startKeychain();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    void cleanupTestCase() { Test::ProviderFixture::stopKeychain(); }

    void twilioCreatesTheMessage()
    {
        HttpReceiver twilio;
        twilio.setResponder([](const HttpReceiver::Request&) {
            return HttpReceiver::Reply{
                201,
                R"({"sid":"SM1f0e8ae6ade43cb3c0ce4525424e404f","status":"queued","num_segments":"2",)"
                R"("error_code":null,"error_message":null})",
                {{"Content-Type", "application/json"}}};
        });
        Test::ProviderFixture p;
        p.addEndpoint(ChannelKind::Sms, phone, twilioSettings(twilio), authToken);
        const qint64 draft = p.sendUpdate(ChannelKind::Sms);
        const Delivery row = p.dispatch(draft);

        QCOMPARE(row.state, DeliveryState::Delivered);
        QCOMPARE(row.providerReference, u"SM1f0e8ae6ade43cb3c0ce4525424e404f"_s);
        QCOMPARE(twilio.requests().size(), 1);
        const HttpReceiver::Request& r = twilio.requests().first();
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.path, u"/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages.json"_s);
        QCOMPARE(r.headers.value("authorization"),
                 "Basic " + QByteArray("AC0123456789abcdef0123456789abcdef:" + authToken).toBase64());
        QVERIFY(r.headers.value("content-type").startsWith("application/x-www-form-urlencoded"));
        const QUrlQuery form = Test::ProviderFixture::form(r.body);
        QCOMPARE(form.queryItemValue(u"To"_s, QUrl::FullyDecoded), phone);
        QCOMPARE(form.queryItemValue(u"From"_s, QUrl::FullyDecoded), u"+15005550006"_s);
        QCOMPARE(form.queryItemValue(u"Body"_s, QUrl::FullyDecoded), QString::fromUtf8(row.payload));
        QVERIFY(form.queryItemValue(u"Body"_s, QUrl::FullyDecoded).contains(u"Payments API"_s));
    }

    void twilioAnswers_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<DeliveryState>("state");
        QTest::addColumn<int>("delaySeconds");
        QTest::addColumn<QString>("said");
        QTest::newRow("21211 invalid number")
            << 400 << twilioError(21211, u"The 'To' number +14155550100 is not a valid phone number."_s, 400)
            << QByteArray() << DeliveryState::Failed << -1 << u"Twilio 21211: The 'To' number"_s;
        QTest::newRow("20003 bad credentials")
            << 401 << twilioError(20003, u"Authenticate"_s, 401) << QByteArray() << DeliveryState::Failed
            << -1 << u"Twilio 20003"_s;
        QTest::newRow("20429 too many requests")
            << 429 << twilioError(20429, u"Too Many Requests"_s, 429) << QByteArray("30")
            << DeliveryState::Pending << 30 << u"Twilio 20429"_s;
        QTest::newRow("500") << 500 << QByteArray("Internal Server Error") << QByteArray()
                             << DeliveryState::Pending << 5 << u"HTTP 500"_s;
        QTest::newRow("503 Retry-After")
            << 503 << QByteArray() << QByteArray("120") << DeliveryState::Pending << 120 << u"HTTP 503"_s;
    }

    void twilioAnswers()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, retryAfter);
        QFETCH(DeliveryState, state);
        QFETCH(int, delaySeconds);
        QFETCH(QString, said);
        HttpReceiver twilio;
        twilio.setResponder(Test::ProviderFixture::answering(status, body, retryAfter));
        Test::ProviderFixture p;
        p.addEndpoint(ChannelKind::Sms, phone, twilioSettings(twilio), authToken);
        const qint64 draft = p.sendUpdate(ChannelKind::Sms);
        const QDateTime sentAt = p.f.clock().now();
        const Delivery row = p.dispatch(draft);
        QCOMPARE(row.state, state);
        QVERIFY2(row.lastError.contains(said), qPrintable(row.lastError));
        if (delaySeconds >= 0)
            QCOMPARE(sentAt.secsTo(row.nextAttemptAt), delaySeconds);
    }

    void snsPublishesToThePhoneNumber()
    {
        HttpReceiver sns;
        sns.setResponder([](const HttpReceiver::Request&) {
            return HttpReceiver::Reply{
                200,
                "<PublishResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\"><PublishResult>"
                "<MessageId>567910cd-659e-55d4-8ccb-5aaf14679dc0</MessageId></"
                "PublishResult><ResponseMetadata>"
                "<RequestId>d74b8436-ae13-5ab4-a9ff-ce54dfea72a0</RequestId></ResponseMetadata></"
                "PublishResponse>",
                {{"Content-Type", "text/xml"}}};
        });
        Test::ProviderFixture p;
        p.addEndpoint(ChannelKind::Sms, phone,
                      {{u"provider"_s, u"sns"_s},
                       {u"region"_s, u"eu-west-1"_s},
                       {u"access_key_id"_s, u"AKIDEXAMPLE"_s},
                       {u"api_base"_s, sns.url(u"/"_s).toString()}},
                      "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
        const qint64 draft = p.sendUpdate(ChannelKind::Sms);
        const Delivery row = p.dispatch(draft);
        QCOMPARE(row.state, DeliveryState::Delivered);
        QCOMPARE(row.providerReference, u"567910cd-659e-55d4-8ccb-5aaf14679dc0"_s);
        QCOMPARE(sns.requests().size(), 1);
        const HttpReceiver::Request& r = sns.requests().first();
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.path, u"/"_s);
        const QString signature = Test::ProviderFixture::checkSigV4(
            r, u"AKIDEXAMPLE"_s, u"wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"_s, u"eu-west-1"_s, u"sns"_s);
        QVERIFY2(signature.isEmpty(), qPrintable(signature));
        QVERIFY(r.headers.value("authorization").contains("/eu-west-1/sns/aws4_request"));
        const QUrlQuery form = Test::ProviderFixture::form(r.body);
        QCOMPARE(form.queryItemValue(u"Action"_s), u"Publish"_s);
        QCOMPARE(form.queryItemValue(u"Version"_s), u"2010-03-31"_s);
        QCOMPARE(form.queryItemValue(u"PhoneNumber"_s, QUrl::FullyDecoded), phone);
        QCOMPARE(form.queryItemValue(u"Message"_s, QUrl::FullyDecoded), QString::fromUtf8(row.payload));
        QCOMPARE(form.queryItemValue(u"MessageAttributes.entry.1.Name"_s), u"AWS.SNS.SMS.SMSType"_s);
        QCOMPARE(form.queryItemValue(u"MessageAttributes.entry.1.Value.StringValue"_s), u"Transactional"_s);
    }

    void noCredentialIsNotSent()
    {
        HttpReceiver twilio;
        Test::ProviderFixture p;
        p.addEndpoint(ChannelKind::Sms, phone, twilioSettings(twilio), {});
        const Delivery row = p.dispatch(p.sendUpdate(ChannelKind::Sms));
        QCOMPARE(row.state, DeliveryState::Failed);
        QVERIFY2(row.lastError.contains(u"No credential"_s), qPrintable(row.lastError));
        QVERIFY(twilio.requests().isEmpty());
    }

    void dryRunHidesTheToken()
    {
        HttpReceiver twilio;
        Test::ProviderFixture p;
        const qint64 endpoint = p.addEndpoint(ChannelKind::Sms, phone, twilioSettings(twilio), {});
        Delivery delivery;
        delivery.target = phone;
        delivery.payload = "Investigating problems with the Payments API.";
        OutboxNetwork network;
        SmsSender sender(network, p.f.clock(), 1000);
        const QString text = sender.dryRun(delivery, {*p.f.store().endpoints().byId(endpoint), authToken});
        QVERIFY2(text.startsWith(
                     u"POST %1/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages.json\n"_s.arg(
                         twilio.url(u""_s).toString())),
                 qPrintable(text));
        QVERIFY(text.contains(u"\nAuthorization: Basic ***\n"_s));
        QVERIFY(!text.contains(QString::fromLatin1(authToken)));
        QVERIFY(!text.contains(
            QString::fromLatin1(QByteArray("AC0123456789abcdef0123456789abcdef:" + authToken).toBase64())));
        QVERIFY(text.endsWith(
            u"\n\nTo=%2B14155550100&From=%2B15005550006&Body=Investigating%20problems%20with%20the%20Payments%20API."_s));
        // Settings are checked the way the settings dialog shows them.
        ChannelEndpoint bad = *p.f.store().endpoints().byId(endpoint);
        QVERIFY(sender.validate(bad).isEmpty());
        bad.settings.insert(u"account_sid"_s, u"nope"_s);
        QVERIFY(sender.validate(bad).contains(u"AC"_s));
        bad.address = u"0170 1234567"_s;
        QVERIFY(sender.validate(bad).contains(u"international"_s));
    }
};

QTEST_GUILESS_MAIN(SmsSenderTest)
#include "SmsSenderTest.moc"
