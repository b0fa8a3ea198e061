// Stored timestamps are written and read by hand for speed: they must stay exactly what Qt's
// own ISO formatter and parser make of them, and unusual text must still be read.

#include "store/SqlTime.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

class SqlTimeTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void writesWhatQtsFormatterWrites()
    {
        QRandomGenerator random(42);
        QList<qint64> moments{0,
                              -1,
                              1,
                              951'782'400'000 /* 2000-02-29 */,
                              253'402'300'799'999 /* 9999 */,
                              -62'167'219'200'000 /* year 0, which Qt calls -1 */};
        for (int i = 0; i < 20'000; ++i)
            moments << qint64(random.bounded(8'000'000'000'000.0)) - 2'000'000'000'000;
        for (qint64 ms : std::as_const(moments)) {
            const QDateTime time = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC);
            const QString expected = time.toString(Qt::ISODateWithMs);
            QCOMPARE(SqlTime::toText(time), expected);
            QCOMPARE(SqlTime::fromText(expected), QDateTime::fromString(expected, Qt::ISODateWithMs).toUTC());
            if (time.date().year() > 0)
                QCOMPARE(SqlTime::fromText(expected), time);
        }
    }

    void writesLocalTimesInUtc()
    {
        const QDateTime berlin(QDate(2026, 11, 26), QTime(16, 2, 44, 123), QTimeZone("Europe/Berlin"));
        QCOMPARE(SqlTime::toText(berlin), u"2026-11-26T15:02:44.123Z"_s);
    }

    void leavesYearsBeyondFourDigitsToQt()
    {
        const QDateTime far(QDate(12026, 1, 2), QTime(3, 4, 5), QTimeZone::UTC);
        QCOMPARE(SqlTime::toText(far), far.toString(Qt::ISODateWithMs));
    }

    void readsOtherIsoForms()
    {
        const QDateTime expected(QDate(2026, 11, 26), QTime(15, 2, 44), QTimeZone::UTC);
        QCOMPARE(SqlTime::fromText(u"2026-11-26T15:02:44Z"_s), expected);
        QCOMPARE(SqlTime::fromText(u"2026-11-26T16:02:44+01:00"_s), expected);
        QCOMPARE(SqlTime::fromText(u"2026-11-26T15:02:44.000Z"_s), expected);
    }

    void rejectsImpossibleDates()
    {
        QVERIFY(!SqlTime::fromText(u"2026-02-30T15:02:44.000Z"_s).isValid());
        QVERIFY(!SqlTime::fromText(u"2026-11-26T25:02:44.000Z"_s).isValid());
        QVERIFY(!SqlTime::fromText(u"2026-11-26Tab:02:44.000Z"_s).isValid());
        QVERIFY(!SqlTime::fromText(QString()).isValid());
        QVERIFY(SqlTime::toText(QDateTime()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(SqlTimeTest)
#include "SqlTimeTest.moc"
