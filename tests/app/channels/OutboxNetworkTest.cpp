// The outbox's HTTP transport (libcurl on its own thread) against a real server on loopback:
// each request answered exactly once on the caller's thread, requests and answers as on the
// wire, redirects not followed, timeouts and shutdown with requests still out, connections
// kept for the next burst.
#include "channels/http/OutboxNetwork.h"

#include "HttpReceiver.h"
#include "SilentServer.h"
#include "base/SystemClock.h"
#include "channels/http/HttpSend.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <optional>

using namespace Qt::StringLiterals;
using namespace Herald;

namespace {
// A keep-alive HTTP/1.1 server that answers "200 ok" to every request and counts connections.
// Answers are held until `hold` requests wait, so a burst really needs that many connections.
class CountingServer {
public:
    CountingServer()
    {
        m_server.listen(QHostAddress::LocalHost);
        QObject::connect(&m_server, &QTcpServer::pendingConnectionAvailable, &m_server, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                ++m_connections;
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { read(socket); });
            }
        });
    }

    QUrl url() const { return QUrl(u"http://127.0.0.1:%1/c"_s.arg(m_server.serverPort())); }
    int connections() const { return m_connections; }
    void setHold(int hold) { m_hold = hold; }

private:
    void read(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (qsizetype end = buffer.indexOf("\r\n\r\n"); end >= 0; end = buffer.indexOf("\r\n\r\n")) {
            qsizetype length = 0;
            for (const QByteArray& line : buffer.left(end).split('\n'))
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            if (buffer.size() < end + 4 + length)
                return;
            buffer.remove(0, end + 4 + length);
            m_waiting << socket;
        }
        if (m_waiting.size() < m_hold)
            return;
        for (QTcpSocket* waiting : std::as_const(m_waiting))
            waiting->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
        m_waiting.clear();
    }

    QTcpServer m_server; // owns the sockets
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QList<QTcpSocket*> m_waiting;
    int m_hold = 1;
    int m_connections = 0;
};
} // namespace

class OutboxNetworkTest : public QObject {
    Q_OBJECT

    static HttpRequest post(const QUrl& url, const QByteArray& body)
    {
        HttpRequest request;
        request.url = url;
        request.body = body;
        request.headers = {{"Content-Type", "text/plain"}};
        request.timeoutMs = 10'000;
        return request;
    }

private Q_SLOTS:
    void answersEachRequestOnceOnTheCallersThread()
    {
        Test::HttpReceiver receiver;
        receiver.setResponder([](const Test::HttpReceiver::Request& request) {
            return Test::HttpReceiver::Reply{200, "got " + request.body, {}};
        });
        OutboxNetwork network;
        constexpr int count = 200;
        QList<int> calls(count, 0);
        QList<QByteArray> bodies(count);
        bool elsewhere = false;
        for (int i = 0; i < count; ++i)
            network.send(post(receiver.url(u"/n/%1"_s.arg(i)), QByteArray::number(i)),
                         [&, i](const HttpAnswer& answer) {
                             ++calls[i];
                             bodies[i] = answer.body;
                             elsewhere = elsewhere || QThread::currentThread() != thread();
                         });
        QTRY_VERIFY_WITH_TIMEOUT(!calls.contains(0), 20'000);
        QTest::qWait(50); // a second answer to any request would arrive now
        QCOMPARE(calls, QList<int>(count, 1));
        QVERIFY(!elsewhere);
        for (int i = 0; i < count; ++i)
            QCOMPARE(bodies.at(i), "got " + QByteArray::number(i));
        QCOMPARE(receiver.requests().size(), count);
    }

    void requestAndAnswerAsOnTheWire()
    {
        Test::HttpReceiver receiver;
        receiver.setResponder([](const Test::HttpReceiver::Request&) {
            return Test::HttpReceiver::Reply{503, "busy", {{"Retry-After", "7"}, {"X-Request-Id", "req-42"}}};
        });
        OutboxNetwork network;
        HttpRequest request = post(receiver.url(u"/put"_s), "{\"a\":1}");
        request.verb = "PUT";
        request.headers = {{"Content-Type", "application/json"}, {"X-Empty", ""}, {"X-Token", "t1"}};
        std::optional<HttpAnswer> answer;
        network.send(request, [&](const HttpAnswer& a) { answer = a; });
        QTRY_VERIFY(answer.has_value());

        QCOMPARE(receiver.requests().size(), 1);
        const auto& seen = receiver.requests().first();
        QCOMPARE(seen.method, "PUT");
        QCOMPARE(seen.path, u"/put"_s);
        QCOMPARE(seen.body, "{\"a\":1}");
        QCOMPARE(seen.headers.value("content-type"), "application/json");
        QCOMPARE(seen.headers.value("x-token"), "t1");
        QVERIFY(seen.headers.contains("x-empty"));
        QVERIFY(!seen.headers.contains("expect")); // no 100-continue round trip

        QCOMPARE(answer->failure, HttpAnswer::Failure::None);
        QCOMPARE(answer->status, 503);
        QCOMPARE(answer->reason, "Service Unavailable");
        QCOMPARE(answer->body, "busy");
        QCOMPARE(answer->header("retry-after"), "7"); // names compare case-insensitively
        QCOMPARE(answer->header("X-REQUEST-ID"), "req-42");
        QVERIFY(!answer->hasHeader("X-Missing"));
    }

    void redirectsAreNotFollowed()
    {
        // Standard Webhooks: a redirect is a failure. The target is never asked.
        Test::HttpReceiver receiver;
        receiver.setResponder([&](const Test::HttpReceiver::Request& request) {
            if (request.path == u"/moved"_s)
                return Test::HttpReceiver::Reply{
                    302, "", {{"Location", receiver.url(u"/elsewhere"_s).toEncoded()}}};
            return Test::HttpReceiver::Reply{};
        });
        OutboxNetwork network;
        const SystemClock clock;
        HttpSend http(network, clock, 5000);
        std::optional<SendOutcome> outcome;
        http.post(http.request(receiver.url(u"/moved"_s)), "{}", [&](const SendOutcome& o) { outcome = o; });
        QTRY_VERIFY(outcome.has_value());
        QCOMPARE(outcome->kind, SendOutcome::Kind::Permanent);
        QCOMPARE(outcome->httpStatus, 302);
        QCOMPARE(receiver.requests().size(), 1);
        QVERIFY(receiver.requests().first().headers.value("user-agent").startsWith("Herald/"));
    }

    void aServerThatNeverAnswersTimesOut()
    {
        Test::SilentServer silent;
        QVERIFY(silent.isListening());
        OutboxNetwork network;
        HttpRequest request = post(silent.url(), "x");
        request.timeoutMs = 300;
        std::optional<HttpAnswer> answer;
        network.send(request, [&](const HttpAnswer& a) { answer = a; });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 5000);
        QCOMPARE(answer->failure, HttpAnswer::Failure::TimedOut);
        QCOMPARE(answer->status, 0);
        QVERIFY(!answer->error.isEmpty());
    }

    void nothingListeningIsANetworkFailure()
    {
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            closedPort = probe.serverPort();
        }
        OutboxNetwork network;
        std::optional<HttpAnswer> answer;
        network.send(post(QUrl(u"http://127.0.0.1:%1/"_s.arg(closedPort)), "x"),
                     [&](const HttpAnswer& a) { answer = a; });
        QTRY_VERIFY(answer.has_value());
        QCOMPARE(answer->failure, HttpAnswer::Failure::Network);
        QVERIFY2(answer->error.contains(QString::number(closedPort)), qPrintable(answer->error));
    }

    void connectionsAreKeptForTheNextBurst()
    {
        // A burst, then requests one at a time (and an idle second), then the same burst again:
        // the second burst finds the first one's connections still open. libcurl's own default
        // closed all but four idle ones while only one request was out.
        CountingServer server;
        OutboxNetwork network;
        constexpr int burst = 20;
        int answered = 0;
        const auto sendBurst = [&] {
            server.setHold(burst);
            answered = 0;
            for (int i = 0; i < burst; ++i)
                network.send(post(server.url(), "b"),
                             [&](const HttpAnswer& answer) { answered += answer.status == 200; });
            QTRY_COMPARE_WITH_TIMEOUT(answered, burst, 20'000);
        };
        sendBurst();
        QCOMPARE(server.connections(), burst);
        server.setHold(1);
        for (int i = 0; i < 5; ++i) {
            std::optional<HttpAnswer> answer;
            network.send(post(server.url(), "s"), [&](const HttpAnswer& a) { answer = a; });
            QTRY_VERIFY(answer.has_value());
            QCOMPARE(answer->status, 200);
            if (i == 2)
                QTest::qWait(1200); // the worker sleeps its idle timeout; a submission still wakes it
        }
        sendBurst();
        QCOMPARE(server.connections(), burst);
    }

    void destroyedWithRequestsOut()
    {
        // Shutting down mid-send: the answers never come (the rows stay in flight and are resumed
        // on the next start), and nothing is called on a network that is gone.
        Test::SilentServer silent;
        QVERIFY(silent.isListening());
        int answers = 0;
        {
            OutboxNetwork network;
            for (int i = 0; i < 5; ++i)
                network.send(post(silent.url(u"/%1"_s.arg(i)), "x"), [&](const HttpAnswer&) { ++answers; });
            QTRY_COMPARE(silent.connections(), 5);
        }
        QTest::qWait(100);
        QCOMPARE(answers, 0);
    }
};

QTEST_GUILESS_MAIN(OutboxNetworkTest)
#include "OutboxNetworkTest.moc"
