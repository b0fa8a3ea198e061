#include "channels/UrlPolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

// Where a channel may point: HTTPS anywhere, plain HTTP only on this machine, no credentials.
class UrlPolicyTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void checkEndpointUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("https") << u"https://hooks.example.com/services/T000/B000"_s << true;
        QTest::newRow("https with port") << u"https://status.example.com:8443/hook"_s << true;
        QTest::newRow("http 127.0.0.1") << u"http://127.0.0.1:8080/hook"_s << true;
        QTest::newRow("http 127.0.0.2 loopback range") << u"http://127.0.0.2/hook"_s << true;
        QTest::newRow("http localhost") << u"http://localhost/hook"_s << true;
        QTest::newRow("http LOCALHOST") << u"http://LOCALHOST:9000/"_s << true;
        QTest::newRow("http [::1]") << u"http://[::1]:9000/hook"_s << true;
        QTest::newRow("http example.com") << u"http://example.com/hook"_s << false;
        QTest::newRow("http localhost look-alike") << u"http://localhost.example.com/hook"_s << false;
        QTest::newRow("http private address") << u"http://192.168.1.10/hook"_s << false;
        QTest::newRow("ftp") << u"ftp://example.com/file"_s << false;
        QTest::newRow("ftp localhost") << u"ftp://localhost/file"_s << false;
        QTest::newRow("user and password") << u"https://user:pass@example.com/hook"_s << false;
        QTest::newRow("user only") << u"https://token@example.com/hook"_s << false;
        QTest::newRow("credentials on localhost") << u"http://user:pass@127.0.0.1/hook"_s << false;
        QTest::newRow("no host") << u"https:///path"_s << false;
        QTest::newRow("relative") << u"/just/a/path"_s << false;
        QTest::newRow("empty") << QString() << false;
    }

    void checkEndpointUrl()
    {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        const QString problem = UrlPolicy::checkEndpointUrl(QUrl(url));
        QVERIFY2(problem.isEmpty() == accepted, qPrintable(problem.isEmpty() ? u"accepted"_s : problem));
    }

    void refusalsSayWhy()
    {
        QVERIFY(UrlPolicy::checkEndpointUrl(QUrl(u"http://example.com/"_s)).contains(u"https"_s));
        QVERIFY(UrlPolicy::checkEndpointUrl(QUrl(u"https://u:p@example.com/"_s)).contains(u"credentials"_s));
    }

    void loopbackHosts()
    {
        QVERIFY(UrlPolicy::isLoopbackHost(u"localhost"_s));
        QVERIFY(UrlPolicy::isLoopbackHost(u"127.0.0.1"_s));
        QVERIFY(UrlPolicy::isLoopbackHost(u"::1"_s));
        QVERIFY(!UrlPolicy::isLoopbackHost(u"10.0.0.1"_s));
        QVERIFY(!UrlPolicy::isLoopbackHost(u"example.com"_s));
        QVERIFY(!UrlPolicy::isLoopbackHost(QString()));
    }
};

QTEST_GUILESS_MAIN(UrlPolicyTest)
#include "UrlPolicyTest.moc"
