// The GUI's session keeps the timeline's head in the (test's own, real) keychain as changes
// commit, flushes it when it ends, and a later session on a truncated file leaves the witness as
// evidence instead of lowering it.

#include "base/ManualClock.h"
#include "secrets/KeychainSecretStore.h"
#include "session/Session.h"
#include "support/TestKeychain.h"
#include "timeline/ChainCheckpoint.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

class SessionChainWitnessTest : public QObject {
    Q_OBJECT

    ManualClock m_clock{QDateTime(QDate(2026, 12, 7), QTime(22, 0), QTimeZone::UTC)};

    static ChainHead witnessed(const QString& databaseId)
    {
        const auto [value, error] = Test::Keychain::awaitRead([&](SecretStore::ReadDone done) {
            KeychainSecretStore().read(ChainWitness::keyFor(databaseId), done);
        });
        QString problem;
        const auto checkpoint = value ? ChainCheckpoint::fromJson(*value, &problem) : std::nullopt;
        return checkpoint ? checkpoint->head : ChainHead{};
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString keychain = Test::Keychain::start();
        QVERIFY2(keychain.isEmpty(), qPrintable(keychain));
    }

    void theSessionWitnessesItsHead()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"herald.sqlite"_s);
        auto session =
            std::make_unique<Session>(Database::open(path, m_clock), m_clock, Dispatcher::Options{});
        const QString id = session->store().databaseId();
        std::optional<QString> seeded;
        session->seedDemo(m_clock.now(), [&](const QString& error) { seeded = error; });
        QVERIFY(QTest::qWaitFor([&] { return seeded.has_value(); }, 20000));
        QCOMPARE(*seeded, QString());
        const ChainHead head = session->store().timeline().head();
        QVERIFY(head.sequence > 0);
        // While the session runs (its poll catches what no signal announced), and when it ends.
        QTRY_COMPARE_WITH_TIMEOUT(session->chainWitness().witnessed(), head, 10000);
        session.reset();
        QCOMPARE(witnessed(id), head);

        // Someone deletes the newest events; the next session does not lower the witness.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"cut"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(
                u"DELETE FROM timeline_events WHERE sequence >= %1"_s.arg(head.sequence - 3)));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"cut"_s);
        session = std::make_unique<Session>(Database::open(path, m_clock), m_clock, Dispatcher::Options{});
        QTRY_VERIFY_WITH_TIMEOUT(!session->chainWitness().problem().isEmpty(), 10000);
        QVERIFY2(session->chainWitness().problem().startsWith(
                     u"truncated: the witnessed head is event %1"_s.arg(head.sequence)),
                 qPrintable(session->chainWitness().problem()));
        session.reset();
        QCOMPARE(witnessed(id), head);
    }
};

QTEST_GUILESS_MAIN(SessionChainWitnessTest)
#include "SessionChainWitnessTest.moc"
