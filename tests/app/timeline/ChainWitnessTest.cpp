// ChainWitness on a real keychain (gnome-keyring on a private D-Bus session): thousands of heads
// offered cost a handful of writes (at most one in flight, the newest wins), the witness never
// goes back, and a file that no longer holds the witnessed head is never witnessed over.
#include "timeline/ChainWitness.h"

#include "TestKeychain.h"
#include "base/ManualClock.h"
#include "secrets/KeychainSecretStore.h"
#include "timeline/ChainCheckpoint.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace Herald;

namespace {
QByteArray hashFor(qint64 sequence)
{
    return QByteArray::number(sequence).rightJustified(64, '0');
}

// The real keychain, counting the writes that reach it.
class CountingStore final : public SecretStore {
public:
    void read(const QString& key, ReadDone done) override { m_keychain.read(key, std::move(done)); }
    void write(const QString& key, const QByteArray& secret, WriteDone done) override
    {
        ++writes;
        ++inFlight;
        maxInFlight = std::max(maxInFlight, inFlight);
        m_keychain.write(key, secret, [this, done = std::move(done)](const QString& error) {
            --inFlight;
            done(error);
        });
    }
    void remove(const QString& key, WriteDone done) override { m_keychain.remove(key, std::move(done)); }

    int writes = 0;
    int inFlight = 0;
    int maxInFlight = 0;

private:
    KeychainSecretStore m_keychain;
};
} // namespace

class ChainWitnessTest : public QObject {
    Q_OBJECT

    ManualClock m_clock{QDateTime(QDate(2026, 12, 7), QTime(22, 0), QTimeZone::UTC)};

    static std::optional<ChainCheckpoint> stored(const QString& id)
    {
        const auto [value, error] = Test::Keychain::awaitRead(
            [&](SecretStore::ReadDone done) { KeychainSecretStore().read(ChainWitness::keyFor(id), done); });
        if (!value)
            return std::nullopt;
        QString problem;
        return ChainCheckpoint::fromJson(*value, &problem);
    }

    // A source whose head is whatever `head` says, with every event's hash hashFor(sequence).
    static ChainWitness::Source source(const qint64& head)
    {
        return {[&head] { return ChainHead{head, hashFor(head)}; },
                [&head](qint64 sequence) { return sequence <= head ? hashFor(sequence) : QByteArray(); }};
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = Test::Keychain::start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void thousandsOfHeadsFewWrites()
    {
        const QString id = QUuid::createUuid().toString(QUuid::Id128);
        CountingStore store;
        qint64 head = 0;
        ChainWitness witness(store, id, source(head), m_clock);
        // The outbox's pace: heads move faster than the keychain answers.
        for (head = 1; head <= 3000; ++head) {
            witness.headMoved();
            if (head % 100 == 0)
                QCoreApplication::processEvents();
        }
        head = 3000;
        QVERIFY(witness.flush(10000));
        QCOMPARE(witness.witnessed(), (ChainHead{3000, hashFor(3000)}));
        QCOMPARE(store.maxInFlight, 1);
        QVERIFY2(store.writes <= 5, qPrintable(QString::number(store.writes)));
        const auto checkpoint = stored(id);
        QVERIFY(checkpoint);
        QCOMPARE(checkpoint->databaseId, id);
        QCOMPARE(checkpoint->head, (ChainHead{3000, hashFor(3000)}));
        QCOMPARE(checkpoint->at, m_clock.now());
    }

    void neverGoesBack()
    {
        const QString id = QUuid::createUuid().toString(QUuid::Id128);
        CountingStore store;
        {
            ChainWitness witness(store, id, {}, m_clock);
            witness.offer({40, hashFor(40)});
            QVERIFY(witness.flush(10000));
            witness.offer({12, hashFor(12)});
            QVERIFY(witness.flush(10000));
            QCOMPARE(witness.witnessed().sequence, 40);
        }
        QCOMPARE(store.writes, 1);
        // A later process starts from what the keychain holds, not from zero.
        ChainWitness later(store, id, {}, m_clock);
        later.offer({20, hashFor(20)});
        QVERIFY(later.flush(10000));
        QCOMPARE(later.witnessed().sequence, 40);
        QCOMPARE(store.writes, 1);
        QCOMPARE(stored(id)->head.sequence, 40);
    }

    void aContradictingFileIsNotWitnessedOver()
    {
        const QString id = QUuid::createUuid().toString(QUuid::Id128);
        CountingStore store;
        qint64 head = 50;
        {
            ChainWitness witness(store, id, source(head), m_clock);
            QVERIFY(witness.flush(10000));
        }
        QCOMPARE(stored(id)->head.sequence, 50);
        // Re-chained and grown past the witness: event 50 now has another hash.
        qint64 grown = 80;
        ChainWitness::Source rechained{[&grown] { return ChainHead{grown, "f" + hashFor(grown).mid(1)}; },
                                       [](qint64 sequence) { return "f" + hashFor(sequence).mid(1); }};
        ChainWitness witness(store, id, rechained, m_clock);
        QSignalSpy contradicted(&witness, &ChainWitness::contradicted);
        QVERIFY(!witness.flush(10000));
        QCOMPARE(contradicted.size(), 1);
        QCOMPARE(contradicted.first().first().toString(),
                 u"re-chained: event 50 differs from the witnessed head"_s);
        QCOMPARE(witness.problem(), contradicted.first().first().toString());
        // Truncated below the witness: nothing lower is ever written either.
        qint64 cut = 20;
        ChainWitness afterCut(store, id, source(cut), m_clock);
        QVERIFY(!afterCut.flush(10000));
        QCOMPARE(stored(id)->head, (ChainHead{50, hashFor(50)}));
        QCOMPARE(store.writes, 1);
    }
};

QTEST_GUILESS_MAIN(ChainWitnessTest)
#include "ChainWitnessTest.moc"
