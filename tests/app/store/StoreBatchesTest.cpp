#include "store/SqlTime.h"
#include "store/Store.h"
#include "store/Transaction.h"
#include "support/TestDatabase.h"
#include "timeline/TimelineChain.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

// The outbox's multi-row statements do what their one-row counterparts do: a claim of many rows
// takes only those still pending, outcomes land on their own rows, and a batch of timeline events
// makes the very chain that single appends make. 70 rows: more than one statement's 64.
class StoreBatchesTest : public QObject {
    Q_OBJECT

private:
    static constexpr int rowCount = 70;

    static QDateTime at(int minute, int second, int ms)
    {
        return QDateTime(QDate(2026, 11, 26), QTime(10, minute, second, ms), QTimeZone::UTC);
    }

    // `count` pending rows of one draft, due at 10:00; their ids in order.
    static QList<qint64> addDeliveries(const Store& store, int count)
    {
        const qint64 author = store.people().add(Person{0, u"Alex"_s, QString(), {}});
        Incident incident;
        incident.title = u"Outage"_s;
        incident.startedAt = incident.createdAt = at(0, 0, 0);
        const qint64 incidentId = store.incidents().add(incident);
        const qint64 draftId = store.drafts().add({0,
                                                   incidentId,
                                                   u"t"_s,
                                                   1,
                                                   DraftState::Sending,
                                                   author,
                                                   {ChannelKind::Webhook},
                                                   at(0, 0, 0),
                                                   {},
                                                   1});
        const qint64 endpointId =
            store.endpoints().add({0, ChannelKind::Webhook, u"h"_s, u"https://h.example.com"_s, true});
        QList<qint64> ids;
        for (int i = 0; i < count; ++i) {
            Delivery d;
            d.draftId = draftId;
            d.incidentId = incidentId;
            d.revision = 1;
            d.endpointId = endpointId;
            d.channel = ChannelKind::Webhook;
            d.target = u"https://h.example.com"_s;
            d.idempotencyKey = u"herald-key-%1"_s.arg(i);
            d.payload = "{}"_ba;
            d.nextAttemptAt = d.createdAt = at(0, 0, 0);
            ids << store.deliveries().add(d);
        }
        return ids;
    }

    static TimelineEvent event(int n)
    {
        TimelineEvent e;
        e.incidentId = n % 3;
        e.at = at(n / 60, n % 60, n); // each its own millisecond
        e.actorId = n % 2 ? 0 : n;
        e.actorName = n % 2 ? u"Herald"_s : u"Person · %1"_s.arg(n);
        e.type = u"delivery.delivered"_s;
        e.summary = u"Event “%1”"_s.arg(n);
        e.details = QJsonObject{{u"n"_s, n}, {u"key"_s, u"k-%1"_s.arg(n)}};
        return e;
    }

    static void compareEvents(const QList<TimelineEvent>& actual, const QList<TimelineEvent>& expected)
    {
        QCOMPARE(actual.size(), expected.size());
        for (qsizetype i = 0; i < actual.size(); ++i) {
            QCOMPARE(actual[i].sequence, expected[i].sequence);
            QCOMPARE(actual[i].incidentId, expected[i].incidentId);
            QCOMPARE(actual[i].at, expected[i].at);
            QCOMPARE(actual[i].actorId, expected[i].actorId);
            QCOMPARE(actual[i].actorName, expected[i].actorName);
            QCOMPARE(actual[i].type, expected[i].type);
            QCOMPARE(actual[i].summary, expected[i].summary);
            QCOMPARE(actual[i].details, expected[i].details);
            QCOMPARE(actual[i].previousHash, expected[i].previousHash);
            QCOMPARE(actual[i].hash, expected[i].hash);
        }
    }

private Q_SLOTS:
    void timestampsAsQtWritesAndReadsThem()
    {
        // SqlTime's fixed-width fast path gives what QDateTime's own format and parser give.
        const QList<QDateTime> times{
            at(0, 0, 0),
            QDateTime(QDate(2026, 12, 31), QTime(23, 59, 59, 999), QTimeZone::UTC),
            QDateTime(QDate(1999, 1, 2), QTime(3, 4, 5, 6),
                      QTimeZone::fromSecondsAheadOfUtc(5 * 3600 + 1800)),
            QDateTime(QDate(2024, 2, 29), QTime(0, 0, 0, 1), QTimeZone::fromSecondsAheadOfUtc(-8 * 3600)),
            QDateTime(QDate(1000, 1, 1), QTime(0, 0), QTimeZone::UTC),
            QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), QTimeZone::UTC),
            QDateTime(QDate(10000, 1, 1), QTime(0, 0), QTimeZone::UTC),
            QDateTime(QDate(999, 5, 5), QTime(5, 5), QTimeZone::UTC)};
        for (const QDateTime& time : times) {
            const QString text = SqlTime::toText(time);
            QCOMPARE(text, time.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzz'Z'"_s));
            const QDateTime read = SqlTime::fromText(text);
            QCOMPARE(read, QDateTime::fromString(text, Qt::ISODateWithMs).toUTC());
            if (time.date().year() <= 9999) { // Qt reads no five-digit year back, nor does Herald
                QCOMPARE(read, time);
                QCOMPARE(read.timeSpec(), Qt::UTC);
            }
        }
        QCOMPARE(SqlTime::toText(QDateTime()), QString());
        QVERIFY(!SqlTime::fromText(QString()).isValid());
        for (const QString& text :
             {u"2026-11-26T10:00:00.000Z"_s, u"2026-13-26T10:00:00.000Z"_s, u"2026-11-26T24:00:00.000Z"_s,
              u"2026-11-26T10:00:00Z"_s, u"2026-11-26T10:00:00.123+02:00"_s, u"2026-11-2xT10:00:00.000Z"_s}) {
            const QDateTime expected = QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
            QCOMPARE(SqlTime::fromText(text), expected);
            QCOMPARE(SqlTime::fromText(text).isValid(), expected.isValid());
        }
    }

    void claimAllTakesOnlyRowsStillPending()
    {
        Test::TestDatabase db;
        const DeliveryRepository deliveries = db.store().deliveries();
        const QList<qint64> ids = addDeliveries(db.store(), rowCount);
        // Another Herald on the same database took one row first.
        QVERIFY(deliveries.claim(ids[5], at(1, 0, 0)));

        const QSet<qint64> taken = deliveries.claimAll(ids, at(2, 0, 0));
        QCOMPARE(taken.size(), rowCount - 1);
        QVERIFY(!taken.contains(ids[5]));
        for (qint64 id : ids) {
            const Delivery row = *deliveries.byId(id);
            QCOMPARE(row.state, DeliveryState::InFlight);
            QCOMPARE(row.attempts, 1); // once, whatever filled the statement's list
            QCOMPARE(row.updatedAt, id == ids[5] ? at(1, 0, 0) : at(2, 0, 0));
            QVERIFY(id == ids[5] || taken.contains(id));
        }
        QVERIFY(deliveries.claimAll(ids, at(3, 0, 0)).isEmpty()); // all in flight already
        QVERIFY(deliveries.claimAll({}, at(3, 0, 0)).isEmpty());

        // Three ids (a statement for four): the one pending row is taken, once.
        QCOMPARE(deliveries.requeueInFlight(at(4, 0, 0)), rowCount);
        QVERIFY(deliveries.claim(ids[0], at(4, 0, 1)));
        QVERIFY(deliveries.claim(ids[1], at(4, 0, 1)));
        QCOMPARE(deliveries.claimAll({ids[0], ids[1], ids[2]}, at(4, 0, 2)), QSet<qint64>{ids[2]});
        QCOMPARE(deliveries.byId(ids[2])->attempts, 2);
        QCOMPARE(deliveries.byId(ids[0])->attempts, 2);
    }

    void recordOutcomesWritesEachRowsOwnValues()
    {
        Test::TestDatabase db;
        const DeliveryRepository deliveries = db.store().deliveries();
        QList<qint64> ids = addDeliveries(db.store(), rowCount + 1);
        const qint64 untouched = ids.takeLast();
        QCOMPARE(deliveries.claimAll(ids, at(1, 0, 0)).size(), rowCount);

        const QList<DeliveryState> states{DeliveryState::Delivered, DeliveryState::Pending,
                                          DeliveryState::DeadLetter, DeliveryState::Failed,
                                          DeliveryState::AwaitingPerson};
        QList<Delivery> outcomes;
        for (int i = 0; i < rowCount; ++i) {
            Delivery d = *deliveries.byId(ids[i]);
            d.state = states[i % states.size()];
            d.nextAttemptAt = at(5, i % 60, i);
            d.lastError = i % 4 ? u"HTTP 5%1 · “busy”"_s.arg(i) : QString();
            d.providerReference = u"ref-%1"_s.arg(i);
            d.updatedAt = at(2, i % 60, 999 - i);
            outcomes << d;
        }
        {
            Transaction transaction(db.store().connection());
            deliveries.recordOutcomes(outcomes);
            transaction.commit();
        }
        for (const Delivery& expected : std::as_const(outcomes)) {
            const Delivery row = *deliveries.byId(expected.id);
            QCOMPARE(row.state, expected.state);
            QCOMPARE(row.nextAttemptAt, expected.nextAttemptAt);
            QCOMPARE(row.lastError, expected.lastError);
            QCOMPARE(row.providerReference, expected.providerReference);
            QCOMPARE(row.updatedAt, expected.updatedAt);
            QCOMPARE(row.attempts, 1);
            QCOMPARE(row.idempotencyKey, expected.idempotencyKey);
        }
        const Delivery other = *deliveries.byId(untouched);
        QCOMPARE(other.state, DeliveryState::Pending);
        QCOMPARE(other.providerReference, QString());
        QCOMPARE(other.updatedAt, at(0, 0, 0));
        deliveries.recordOutcomes({}); // nothing to write, no statement
    }

    void appendAllMakesTheChainOfSingleAppends()
    {
        // The same events: singly into one database; in batches, around a single append, into
        // another. The batch starts the chain too (sequence 1, no previous hash).
        Test::TestDatabase single;
        Test::TestDatabase batched;
        QList<TimelineEvent> expected;
        {
            Transaction transaction(single.store().connection());
            for (int n = 0; n < rowCount + 3; ++n) {
                TimelineEvent e = event(n);
                single.store().timeline().append(e);
                expected << e;
            }
            transaction.commit();
        }
        {
            Transaction transaction(batched.store().connection());
            QList<TimelineEvent> first{event(0), event(1)};
            batched.store().timeline().appendAll(first);
            compareEvents(first, expected.mid(0, 2));
            TimelineEvent third = event(2);
            batched.store().timeline().append(third);
            QList<TimelineEvent> rest;
            for (int n = 3; n < rowCount + 3; ++n)
                rest << event(n);
            batched.store().timeline().appendAll(rest);
            compareEvents(rest, expected.mid(3));
            QList<TimelineEvent> none;
            batched.store().timeline().appendAll(none);
            transaction.commit();
        }
        const QList<TimelineEvent> stored = batched.store().timeline().events();
        QCOMPARE(stored.first().sequence, 1);
        QVERIFY(stored.first().previousHash.isEmpty());
        compareEvents(stored, single.store().timeline().events());
        compareEvents(stored, expected);
        QVERIFY(!TimelineChain::verify(stored));
    }
};

QTEST_GUILESS_MAIN(StoreBatchesTest)
#include "StoreBatchesTest.moc"
