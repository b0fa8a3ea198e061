#include "timeline/TimelineChain.h"

#include "store/Store.h"
#include "store/Transaction.h"
#include "support/TestDatabase.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace Herald;

// The timeline's hash chain: a fixed canonical form, and every kind of tampering with the stored
// rows (edit, delete, reorder) found at the first event that no longer verifies.
class TimelineChainTest : public QObject {
    Q_OBJECT

private:
    static TimelineEvent sampleEvent()
    {
        TimelineEvent event;
        event.sequence = 1;
        event.incidentId = 7;
        event.at = QDateTime(QDate(2026, 11, 26), QTime(12, 0, 0, 123), QTimeZone::UTC);
        event.actorId = 3;
        event.actorName = u"Priya Shah"_s;
        event.type = u"draft.approved"_s;
        event.summary = u"Approved update #4 · “clear”"_s;
        event.details = QJsonObject{{u"draft"_s, 4}, {u"revision"_s, 2}, {u"comment"_s, u"ok"_s}};
        return event;
    }

    // Five events appended through the repository, one per second of the test clock.
    static void appendFive(Test::TestDatabase& db)
    {
        Transaction transaction(db.store().connection());
        for (int i = 1; i <= 5; ++i) {
            TimelineEvent event;
            event.incidentId = i % 2 ? 1 : 2;
            event.at = db.clock().now();
            event.actorId = i;
            event.actorName = u"Person %1"_s.arg(i);
            event.type = u"incident.status_changed"_s;
            event.summary = u"Event number %1"_s.arg(i);
            event.details = QJsonObject{{u"n"_s, i}};
            db.store().timeline().append(event);
            db.clock().advanceSeconds(1);
        }
        transaction.commit();
    }

    static void exec(Test::TestDatabase& db, const QString& sql)
    {
        QSqlQuery query(db.store().connection());
        QVERIFY2(query.exec(sql), qPrintable(sql));
    }

    static qint64 firstBreak(Test::TestDatabase& db)
    {
        const auto result = TimelineChain::verify(db.store().timeline().events());
        return result ? result->sequence : 0;
    }

private Q_SLOTS:
    void canonicalContentIsStable()
    {
        // Golden values: changing the canonical form would break every stored chain.
        const TimelineEvent event = sampleEvent();
        QCOMPARE(TimelineChain::canonicalContent(event),
                 u"{\"actor\":3,\"actor_name\":\"Priya Shah\",\"at\":\"2026-11-26T12:00:00.123Z\","
                 u"\"details\":{\"comment\":\"ok\",\"draft\":4,\"revision\":2},\"incident\":7,\"seq\":1,"
                 u"\"summary\":\"Approved update #4 · “clear”\",\"type\":\"draft.approved\"}"_s.toUtf8());
        QCOMPARE(TimelineChain::hashOf(QByteArray(), event),
                 "16da97b10330656e42219ed9fcfb7c7f6932e95a0bbe6c993417647892333340"_ba);

        TimelineEvent second = event;
        second.sequence = 2;
        second.summary = u"Second"_s;
        second.details = {};
        QCOMPARE(TimelineChain::hashOf(TimelineChain::hashOf(QByteArray(), event), second),
                 "263fff1b76e454a788934ed6fe0bfae1153d858f667d6099b0f360de9c5430fe"_ba);
    }

    void canonicalTimeIsUtc()
    {
        TimelineEvent utc = sampleEvent();
        TimelineEvent local = utc;
        local.at = utc.at.toTimeZone(QTimeZone::fromSecondsAheadOfUtc(-5 * 3600));
        QCOMPARE(TimelineChain::canonicalContent(local), TimelineChain::canonicalContent(utc));
    }

    void repositoryChainVerifies()
    {
        Test::TestDatabase db;
        appendFive(db);
        const QList<TimelineEvent> events = db.store().timeline().events();
        QCOMPARE(events.size(), 5);
        QCOMPARE(db.store().timeline().count(), 5);
        for (qsizetype i = 0; i < events.size(); ++i) {
            QCOMPARE(events.at(i).sequence, qint64(i + 1));
            QCOMPARE(events.at(i).at, TimelineChainTest::appendedAt(i));
            QCOMPARE(events.at(i).previousHash, i == 0 ? QByteArray() : events.at(i - 1).hash);
            QCOMPARE(events.at(i).hash.size(), qsizetype(64));
        }
        QVERIFY(!TimelineChain::verify(events));
        // One incident's events are a filtered view, in chain order.
        QList<qint64> odd;
        for (const TimelineEvent& e : db.store().timeline().events(1))
            odd << e.sequence;
        QCOMPARE(odd, (QList<qint64>{1, 3, 5}));
    }

    void chainContinuesAcrossTransactionsAndThreads()
    {
        // The repository reads the chain's end once per transaction: an append rolled back, or
        // made by another thread's connection in between, must not be built upon.
        Test::TestDatabase db;
        appendFive(db);
        const auto appendOne = [&db](const QString& summary, bool commit) {
            Transaction transaction(db.store().connection());
            TimelineEvent event;
            event.incidentId = 1;
            event.at = db.clock().now();
            event.type = u"incident.status_changed"_s;
            event.summary = summary;
            db.store().timeline().append(event);
            if (commit)
                transaction.commit();
        };
        appendOne(u"rolled back"_s, false);
        std::unique_ptr<QThread> other(QThread::create([&] {
            appendOne(u"from another thread"_s, true);
            db.store().database().closeThreadConnection();
        }));
        other->start();
        QVERIFY(other->wait(10'000));
        appendOne(u"after both"_s, true);

        const QList<TimelineEvent> events = db.store().timeline().events();
        QCOMPARE(events.size(), 7);
        QCOMPARE(events.at(5).summary, u"from another thread"_s);
        QCOMPARE(events.at(6).summary, u"after both"_s);
        QCOMPARE(events.at(6).sequence, 7);
        QVERIFY(!TimelineChain::verify(events));
    }

    void editedSummaryBreaksAtThatEvent()
    {
        Test::TestDatabase db;
        appendFive(db);
        exec(db, u"UPDATE timeline_events SET summary = 'Nothing happened' WHERE sequence = 3"_s);
        const auto result = TimelineChain::verify(db.store().timeline().events());
        QVERIFY(result);
        QCOMPARE(result->sequence, 3);
        QVERIFY(!result->reason.isEmpty());
    }

    void editedDetailsBreakAtThatEvent()
    {
        Test::TestDatabase db;
        appendFive(db);
        exec(db, u"UPDATE timeline_events SET details = '{\"n\":40}' WHERE sequence = 4"_s);
        QCOMPARE(firstBreak(db), 4);
    }

    void deletedMiddleEventBreaksAtTheNextOne()
    {
        Test::TestDatabase db;
        appendFive(db);
        exec(db, u"DELETE FROM timeline_events WHERE sequence = 3"_s);
        QCOMPARE(firstBreak(db), 4);
    }

    void swappedContentBreaksAtTheFirstSwappedEvent()
    {
        Test::TestDatabase db;
        appendFive(db);
        // Rows 2 and 4 exchange everything but their sequence numbers.
        exec(db, u"CREATE TEMP TABLE saved AS SELECT * FROM timeline_events WHERE sequence IN (2, 4)"_s);
        for (const auto& [to, from] : {std::pair{2, 4}, std::pair{4, 2}})
            exec(
                db,
                u"UPDATE timeline_events SET (incident_id, at, actor_id, actor_name, type, summary, details, "
                u"previous_hash, hash) = (SELECT incident_id, at, actor_id, actor_name, type, summary, "
                u"details, "
                u"previous_hash, hash FROM saved WHERE sequence = %1) WHERE sequence = %2"_s.arg(from)
                    .arg(to));
        QCOMPARE(firstBreak(db), 2);
    }

    void rehashedEditBreaksAtTheNextEvent()
    {
        // Someone who edits an event and recomputes its own hash still breaks the link after it.
        Test::TestDatabase db;
        appendFive(db);
        QList<TimelineEvent> events = db.store().timeline().events();
        TimelineEvent forged = events.at(2);
        forged.summary = u"Nothing happened"_s;
        forged.hash = TimelineChain::hashOf(forged.previousHash, forged);
        exec(db,
             u"UPDATE timeline_events SET summary = 'Nothing happened', hash = '%1' WHERE sequence = 3"_s.arg(
                 QString::fromLatin1(forged.hash)));
        QCOMPARE(firstBreak(db), 4);
    }

    void emptyChainVerifies() { QVERIFY(!TimelineChain::verify({})); }

private:
    static QDateTime appendedAt(qsizetype index) { return Test::TestDatabase::epoch().addSecs(index); }
};

QTEST_GUILESS_MAIN(TimelineChainTest)
#include "TimelineChainTest.moc"
