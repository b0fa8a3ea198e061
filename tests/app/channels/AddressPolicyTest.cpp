#include "channels/AddressPolicy.h"

#include "base/SystemClock.h"
#include "channels/http/HttpSend.h"
#include "channels/http/OutboxNetwork.h"
#include "delivery/OutboxSettings.h"
#include "support/HttpReceiver.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

// The SSRF guard: which addresses a sender may reach, the list of forms an address can take,
// and that a refused address is never connected to while an allowed one is.
class AddressPolicyTest : public QObject {
    Q_OBJECT

private:
    // Sends a POST through HttpSend on `network` and waits for its outcome.
    static SendOutcome post(OutboxNetwork& network, const QString& url)
    {
        const SystemClock clock;
        HttpSend http(network, clock, 2000);
        std::optional<SendOutcome> result;
        http.post(http.request(QUrl(url)), "{}", [&](const SendOutcome& outcome) { result = outcome; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000); }();
        return result.value_or(SendOutcome{});
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void refusal_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("refused"); // a word of the reason, empty when allowed
        QTest::newRow("public v4") << u"93.184.215.14"_s << QString();
        QTest::newRow("public v6") << u"2606:2800:21f:cb07:6820:80da:af6b:8b2c"_s << QString();
        QTest::newRow("loopback") << u"127.0.0.1"_s << QString();
        QTest::newRow("loopback range") << u"127.8.9.10"_s << QString();
        QTest::newRow("loopback v6") << u"::1"_s << QString();
        QTest::newRow("mapped loopback") << u"::ffff:127.0.0.1"_s << QString();
        QTest::newRow("unspecified") << u"0.0.0.0"_s << u"unspecified"_s;
        QTest::newRow("this network") << u"0.1.2.3"_s << u"unspecified"_s;
        QTest::newRow("unspecified v6") << u"::"_s << u"unspecified"_s;
        QTest::newRow("10/8 low") << u"10.0.0.1"_s << u"private"_s;
        QTest::newRow("10/8 high") << u"10.255.255.254"_s << u"private"_s;
        QTest::newRow("172.16/12 low") << u"172.16.0.1"_s << u"private"_s;
        QTest::newRow("172.16/12 high") << u"172.31.255.254"_s << u"private"_s;
        QTest::newRow("172.32 is public") << u"172.32.0.1"_s << QString();
        QTest::newRow("172.15 is public") << u"172.15.255.254"_s << QString();
        QTest::newRow("192.168/16") << u"192.168.1.10"_s << u"private"_s;
        QTest::newRow("192.169 is public") << u"192.169.0.1"_s << QString();
        QTest::newRow("CGNAT low") << u"100.64.0.1"_s << u"carrier-grade"_s;
        QTest::newRow("CGNAT high") << u"100.127.255.254"_s << u"carrier-grade"_s;
        QTest::newRow("100.128 is public") << u"100.128.0.1"_s << QString();
        QTest::newRow("link-local") << u"169.254.1.1"_s << u"link-local"_s;
        QTest::newRow("metadata") << u"169.254.169.254"_s << u"metadata"_s;
        QTest::newRow("metadata v6 (AWS)") << u"fd00:ec2::254"_s << u"metadata"_s;
        QTest::newRow("metadata (Alibaba)") << u"100.100.100.200"_s << u"metadata"_s;
        QTest::newRow("benchmarking") << u"198.18.0.1"_s << u"reserved"_s;
        QTest::newRow("IETF protocol assignments") << u"192.0.0.8"_s << u"reserved"_s;
        QTest::newRow("multicast") << u"239.255.255.250"_s << u"multicast"_s;
        QTest::newRow("reserved 240/4") << u"240.0.0.1"_s << u"reserved"_s;
        QTest::newRow("broadcast") << u"255.255.255.255"_s << u"reserved"_s;
        QTest::newRow("ULA") << u"fd12:3456:789a::1"_s << u"private"_s;
        QTest::newRow("ULA fc") << u"fc00::1"_s << u"private"_s;
        QTest::newRow("link-local v6") << u"fe80::1"_s << u"link-local"_s;
        QTest::newRow("multicast v6") << u"ff02::1"_s << u"multicast"_s;
        QTest::newRow("mapped private") << u"::ffff:10.0.0.1"_s << u"private"_s;
        QTest::newRow("mapped metadata") << u"::ffff:169.254.169.254"_s << u"metadata"_s;
        QTest::newRow("mapped public") << u"::ffff:93.184.215.14"_s << QString();
        // IPv6 forms that carry an IPv4 address to a gateway: judged by the address inside.
        QTest::newRow("NAT64 private") << u"64:ff9b::10.0.0.1"_s << u"private"_s;
        QTest::newRow("NAT64 metadata") << u"64:ff9b::a9fe:a9fe"_s << u"metadata"_s;
        QTest::newRow("NAT64 loopback") << u"64:ff9b::127.0.0.1"_s << u"loopback"_s;
        QTest::newRow("NAT64 public") << u"64:ff9b::93.184.215.14"_s << QString();
        QTest::newRow("6to4 private") << u"2002:c0a8:0101::1"_s << u"private"_s;
        QTest::newRow("6to4 metadata") << u"2002:a9fe:a9fe::"_s << u"metadata"_s;
        QTest::newRow("6to4 CGNAT") << u"2002:6440:0001:5::7"_s << u"carrier-grade"_s;
        QTest::newRow("6to4 public") << u"2002:5db8:d70e::1"_s << QString();
        QTest::newRow("Teredo") << u"2001:0:4136:e378:8000:63bf:3fff:fdd2"_s << u"Teredo"_s;
        QTest::newRow("Teredo to private") << u"2001::f5ff:fffe"_s << u"Teredo"_s;
        QTest::newRow("2001:db8 is documentation, not Teredo") << u"2001:db8::1"_s << u"reserved"_s;
        QTest::newRow("2001:4860 is public") << u"2001:4860:4860::8888"_s << QString();
        QTest::newRow("site-local") << u"fec0::1"_s << u"site-local"_s;
        QTest::newRow("site-local high") << u"feff:ffff::1"_s << u"site-local"_s;
        QTest::newRow("IPv4-compatible private") << u"::10.0.0.1"_s << u"private"_s;
        QTest::newRow("IPv4-compatible metadata") << u"::169.254.169.254"_s << u"metadata"_s;
        QTest::newRow("IPv4-compatible loopback") << u"::127.0.0.1"_s << u"loopback"_s;
        QTest::newRow("IPv4-compatible public") << u"::93.184.215.14"_s << QString();
    }

    void refusal()
    {
        QFETCH(QString, address);
        QFETCH(QString, refused);
        const QString reason = AddressPolicy().refusal(QHostAddress(address));
        if (refused.isEmpty())
            QCOMPARE(reason, QString());
        else
            QVERIFY2(reason.contains(refused), qPrintable(reason));
    }

    void allowedRanges()
    {
        QString problem;
        const auto policy =
            AddressPolicy::fromText(u"10.20.0.0/16, fd00:1::/64,192.168.5.7, 169.254.0.0/16"_s, &problem);
        QVERIFY2(policy, qPrintable(problem));
        QCOMPARE(policy->refusal(QHostAddress(u"10.20.3.4"_s)), QString());
        QVERIFY(!policy->refusal(QHostAddress(u"10.21.0.1"_s)).isEmpty());
        QCOMPARE(policy->refusal(QHostAddress(u"fd00:1::5"_s)), QString());
        QVERIFY(!policy->refusal(QHostAddress(u"fd00:2::5"_s)).isEmpty());
        QCOMPARE(policy->refusal(QHostAddress(u"192.168.5.7"_s)), QString());
        QVERIFY(!policy->refusal(QHostAddress(u"192.168.5.8"_s)).isEmpty());
        QCOMPARE(policy->refusal(QHostAddress(u"::ffff:10.20.0.9"_s)), QString());
        // An allowed range is allowed through a gateway as well; the metadata service is not.
        QCOMPARE(policy->refusal(QHostAddress(u"64:ff9b::10.20.0.9"_s)), QString());
        QVERIFY(!policy->refusal(QHostAddress(u"64:ff9b::10.21.0.9"_s)).isEmpty());
        QVERIFY(policy->refusal(QHostAddress(u"2002:a9fe:a9fe::1"_s)).contains(u"metadata"_s));
        // Allowing link-local does not open the metadata service.
        QCOMPARE(policy->refusal(QHostAddress(u"169.254.10.10"_s)), QString());
        QVERIFY(policy->refusal(QHostAddress(u"169.254.169.254"_s)).contains(u"metadata"_s));
        QCOMPARE(policy->toText(), u"10.20.0.0/16, fd00:1::/64, 192.168.5.7/32, 169.254.0.0/16"_s);

        QVERIFY(!AddressPolicy::fromText(u"10.0.0.0/8, intranet"_s, &problem));
        QVERIFY2(problem.contains(u"\"intranet\""_s), qPrintable(problem));
        QVERIFY(!AddressPolicy::fromText(u"10.0.0.0/33"_s, &problem));
        QVERIFY(AddressPolicy::fromText(QString())); // nothing allowed
    }

    void refusedAddressesAreNeverConnectedTo_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("private") << u"https://10.255.255.1/hook"_s;
        QTest::newRow("metadata") << u"http://169.254.169.254/latest/meta-data/"_s;
        QTest::newRow("ULA") << u"https://[fd00::1]/hook"_s;
        QTest::newRow("mapped private") << u"https://[::ffff:192.168.0.1]/hook"_s;
        QTest::newRow("unspecified") << u"https://0.0.0.0/hook"_s;
        QTest::newRow("NAT64 private") << u"https://[64:ff9b::10.255.255.1]/hook"_s;
        QTest::newRow("6to4 private") << u"https://[2002:c0a8:0001::1]/hook"_s;
    }

    void refusedAddressesAreNeverConnectedTo()
    {
        // Nothing listens at these addresses: a connection attempt would end in a timeout or a
        // network error; the refusal comes before any.
        QFETCH(QString, url);
        OutboxNetwork network;
        const SendOutcome outcome = post(network, url);
        QCOMPARE(outcome.kind, SendOutcome::Kind::Permanent);
        QVERIFY2(outcome.message.startsWith(u"Refused to connect to "_s), qPrintable(outcome.message));
        QCOMPARE(outcome.httpStatus, 0);
    }

    void aNameIsJudgedByWhatItResolvesTo()
    {
        // 2130706433 and 0x7f000001 are 127.0.0.1 to the resolver: allowed, and they arrive.
        Test::HttpReceiver receiver;
        OutboxNetwork network;
        const int port = receiver.url().port();
        for (const QString& host : {u"2130706433"_s, u"0x7f000001"_s}) {
            const SendOutcome outcome = post(network, u"http://%1:%2/hook"_s.arg(host).arg(port));
            QCOMPARE(outcome.kind, SendOutcome::Kind::Delivered);
        }
        QCOMPARE(receiver.requests().size(), 2);
    }

    void anAllowedRangeIsConnectedTo()
    {
        // With 10.255.255.0/24 allowed the request goes out (and, nothing being there, fails
        // as a network error, whichever the network here gives, not as a refusal).
        OutboxNetwork network(*AddressPolicy::fromText(u"10.255.255.0/24"_s));
        const SendOutcome outcome = post(network, u"https://10.255.255.1/hook"_s);
        QVERIFY2(!outcome.message.isEmpty() && !outcome.message.startsWith(u"Refused to connect"_s),
                 qPrintable(outcome.message));
        QCOMPARE(outcome.httpStatus, 0);
    }

    void settingsFile()
    {
        QSettings settings;
        settings.setValue(u"outbox/allowed_private_networks"_s, u"10.20.0.0/16, fd00:1::/64"_s);
        settings.setValue(u"outbox/timeout_ms"_s, 5000);
        settings.sync();
        QString problem;
        Dispatcher::Options options = OutboxSettings::load(&problem);
        QCOMPARE(problem, QString());
        QCOMPARE(options.addresses.toText(), u"10.20.0.0/16, fd00:1::/64"_s);
        QCOMPARE(options.timeoutMs, 5000);

        settings.setValue(u"outbox/allowed_private_networks"_s, u"10.20.0.0/16, our-lan"_s);
        settings.setValue(u"outbox/timeout_ms"_s, u"soon"_s);
        settings.sync();
        options = OutboxSettings::load(&problem);
        QVERIFY2(problem.contains(u"outbox/allowed_private_networks"_s) &&
                     problem.contains(u"\"our-lan\""_s) && problem.contains(settings.fileName()) &&
                     problem.contains(u"outbox/timeout_ms"_s),
                 qPrintable(problem));
        QCOMPARE(options.addresses.toText(), QString()); // the safe default: nothing allowed
        QCOMPARE(options.timeoutMs, Dispatcher::Options().timeoutMs);
        settings.clear();
    }
};

QTEST_GUILESS_MAIN(AddressPolicyTest)
#include "AddressPolicyTest.moc"
