#include "channels/SendOutcome.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Herald;

// How a provider's HTTP answer (or the lack of one) is classified: delivered, worth retrying, or
// for a person to look at.
class SendOutcomeTest : public QObject {
    Q_OBJECT

    static QDateTime now() { return QDateTime(QDate(2026, 11, 26), QTime(12, 0), QTimeZone::UTC); }

private Q_SLOTS:
    void fromHttp_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<SendOutcome::Kind>("kind");
        QTest::addColumn<qint64>("retryAfterSeconds"); // -1: none
        QTest::addColumn<QString>("message");

        using K = SendOutcome::Kind;
        const auto row = [](int status, const char* reason, const QByteArray& retryAfter, K kind,
                            qint64 after, const QString& message) {
            QTest::addRow("%d %s", status, reason)
                << status << QString::fromLatin1(reason) << retryAfter << kind << after << message;
        };
        row(200, "OK", {}, K::Delivered, -1, u"HTTP 200 OK"_s);
        row(201, "Created", {}, K::Delivered, -1, u"HTTP 201 Created"_s);
        row(204, "No Content", {}, K::Delivered, -1, u"HTTP 204 No Content"_s);
        row(301, "Moved Permanently", {}, K::Permanent, -1, u"HTTP 301 Moved Permanently"_s);
        row(400, "Bad Request", "30", K::Permanent, -1, u"HTTP 400 Bad Request"_s);
        row(401, "Unauthorized", {}, K::Permanent, -1, u"HTTP 401 Unauthorized"_s);
        row(404, "Not Found", {}, K::Permanent, -1, u"HTTP 404 Not Found"_s);
        row(408, "Request Timeout", {}, K::Retry, -1, u"HTTP 408 Request Timeout"_s);
        row(410, "Gone", {}, K::Permanent, -1, u"HTTP 410 Gone"_s);
        row(429, "Too Many Requests", "120", K::Retry, 120, u"HTTP 429 Too Many Requests"_s);
        row(500, "Internal Server Error", {}, K::Retry, -1, u"HTTP 500 Internal Server Error"_s);
        row(502, "Bad Gateway", {}, K::Retry, -1, u"HTTP 502 Bad Gateway"_s);
        row(503, "Service Unavailable", " 7 ", K::Retry, 7, u"HTTP 503 Service Unavailable"_s);
        row(504, "Gateway Timeout", {}, K::Retry, -1, u"HTTP 504 Gateway Timeout"_s);
        // A date in the past means "now"; an unreadable value is ignored.
        row(503, "past date", "Wed, 21 Oct 2015 07:28:00 GMT", K::Retry, 0, u"HTTP 503 past date"_s);
        row(503, "future date", "Thu, 26 Nov 2026 12:02:00 GMT", K::Retry, 120, u"HTTP 503 future date"_s);
        row(503, "garbage", "soon", K::Retry, -1, u"HTTP 503 garbage"_s);
        row(503, "negative", "-5", K::Retry, -1, u"HTTP 503 negative"_s);
        row(200, "", {}, K::Delivered, -1, u"HTTP 200"_s);
    }

    void fromHttp()
    {
        QFETCH(int, status);
        QFETCH(QString, reason);
        QFETCH(QByteArray, retryAfter);
        QFETCH(SendOutcome::Kind, kind);
        QFETCH(qint64, retryAfterSeconds);
        QFETCH(QString, message);

        const SendOutcome outcome = SendOutcome::fromHttp(status, reason, retryAfter, QString(), now());
        QCOMPARE(outcome.kind, kind);
        QCOMPARE(outcome.httpStatus, status);
        QCOMPARE(outcome.message, message);
        QCOMPARE(outcome.retryAfterSeconds.value_or(-1), retryAfterSeconds);
    }

    void noAnswerIsRetried()
    {
        const SendOutcome outcome = SendOutcome::fromHttp(0, QString(), "60", u"Connection refused"_s, now());
        QCOMPARE(outcome.kind, SendOutcome::Kind::Retry);
        QCOMPARE(outcome.httpStatus, 0);
        QCOMPARE(outcome.message, u"Connection refused"_s);
        QVERIFY(!outcome.retryAfterSeconds);
    }
};

QTEST_GUILESS_MAIN(SendOutcomeTest)
#include "SendOutcomeTest.moc"
