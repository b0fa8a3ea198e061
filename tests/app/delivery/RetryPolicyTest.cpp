#include "delivery/RetryPolicy.h"

#include <QRandomGenerator>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using namespace Herald;

// When a failed delivery is tried again: the schedule, its jitter, Retry-After, and the end.
class RetryPolicyTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void scheduleWithoutJitter()
    {
        const RetryPolicy policy({0, 5, 300}, 0.0);
        QRandomGenerator random(1);
        QCOMPARE(policy.maxAttempts(), 3);
        QCOMPARE(policy.nextDelayMs(0, std::nullopt, random), std::optional<qint64>(0));
        QCOMPARE(policy.nextDelayMs(1, std::nullopt, random), std::optional<qint64>(5'000));
        QCOMPARE(policy.nextDelayMs(2, std::nullopt, random), std::optional<qint64>(300'000));
        QCOMPARE(policy.nextDelayMs(3, std::nullopt, random), std::nullopt);
        QCOMPARE(policy.nextDelayMs(50, std::nullopt, random), std::nullopt);
    }

    void defaultFollowsStandardWebhooks()
    {
        // At once, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h, each within 10 %.
        const QList<qint64> seconds{0, 5, 300, 1800, 7200, 18000, 36000, 50400, 72000, 86400};
        const RetryPolicy policy;
        QCOMPARE(policy.maxAttempts(), int(seconds.size()));
        QRandomGenerator random(20261126);
        for (int attempt = 0; attempt < seconds.size(); ++attempt) {
            const qint64 base = seconds.at(attempt) * 1000;
            const auto delay = policy.nextDelayMs(attempt, std::nullopt, random);
            QVERIFY(delay);
            QVERIFY2(*delay >= base - base / 10 && *delay <= base + base / 10,
                     qPrintable(u"attempt %1: %2 ms"_s.arg(attempt).arg(*delay)));
        }
        QCOMPARE(policy.nextDelayMs(int(seconds.size()), std::nullopt, random), std::nullopt);
    }

    void jitterStaysWithinItsBounds()
    {
        const RetryPolicy policy({0, 100}, 0.25);
        QRandomGenerator random(42);
        qint64 low = std::numeric_limits<qint64>::max();
        qint64 high = 0;
        for (int i = 0; i < 2000; ++i) {
            const qint64 delay = *policy.nextDelayMs(1, std::nullopt, random);
            QVERIFY2(delay >= 75'000 && delay <= 125'000, qPrintable(QString::number(delay)));
            low = std::min(low, delay);
            high = std::max(high, delay);
        }
        // Spread over the range, not stuck at one value.
        QVERIFY2(low < 80'000 && high > 120'000, qPrintable(u"%1..%2"_s.arg(low).arg(high)));
    }

    void jitterIsReproducibleWithASeed()
    {
        const RetryPolicy policy({0, 100}, 0.1);
        QRandomGenerator a(7);
        QRandomGenerator b(7);
        for (int i = 0; i < 20; ++i)
            QCOMPARE(policy.nextDelayMs(1, std::nullopt, a), policy.nextDelayMs(1, std::nullopt, b));
    }

    void retryAfterIsHonouredWhenLonger()
    {
        const RetryPolicy policy({0, 5, 300}, 0.0);
        QRandomGenerator random(1);
        QCOMPARE(policy.nextDelayMs(1, 120, random), std::optional<qint64>(120'000));
        QCOMPARE(policy.nextDelayMs(1, 2, random), std::optional<qint64>(5'000)); // the schedule is longer
        QCOMPARE(policy.nextDelayMs(2, 0, random), std::optional<qint64>(300'000));
        // A server cannot extend the schedule past its end.
        QCOMPARE(policy.nextDelayMs(3, 120, random), std::nullopt);
    }

    void retryAfterWinsOverJitter()
    {
        const RetryPolicy policy({0, 100}, 0.5);
        QRandomGenerator random(3);
        for (int i = 0; i < 100; ++i) {
            const qint64 delay = *policy.nextDelayMs(1, 200, random);
            QCOMPARE(delay, 200'000);
        }
    }
};

QTEST_GUILESS_MAIN(RetryPolicyTest)
#include "RetryPolicyTest.moc"
