// herald-cli dispatch as a runbook runs it: bad options are refused with exit 2 and a word on
// what is wrong; an outbox that cannot record its work exits 1, says what to do, sends nothing.
#include "CliRunner.h"
#include "HttpReceiver.h"
#include "WorkflowFixture.h"
#include "store/OutboxOwner.h"

#include <QFile>

using namespace Qt::StringLiterals;
using namespace Herald;

class DispatchTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void badOptionsAreRefused_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown flag") << QStringList{u"--databse"_s, u"x"_s} << u"databse"_s;
        QTest::newRow("missing value") << QStringList{u"--database"_s} << u"database"_s;
        QTest::newRow("no database") << QStringList{} << u"--database PATH"_s;
        QTest::newRow("timeout text") << QStringList{u"--timeout"_s, u"abc"_s} << u"\"abc\""_s;
        QTest::newRow("timeout negative") << QStringList{u"--timeout"_s, u"-5"_s} << u"\"-5\""_s;
        QTest::newRow("timeout zero") << QStringList{u"--timeout"_s, u"0"_s} << u"\"0\""_s;
    }

    void badOptionsAreRefused()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, says);
        Test::WorkflowFixture f;
        QStringList arguments{u"dispatch"_s};
        if (!options.contains(u"--databse"_s) && options != QStringList{u"--database"_s} &&
            !options.isEmpty())
            arguments << u"--database"_s << f.store().database().path();
        const CliRun run = runCli(arguments + options);
        QCOMPARE(run.exitCode, 2);
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(err.startsWith(u"herald-cli dispatch: "_s), qPrintable(err));
        QVERIFY2(err.contains(says), qPrintable(err));
    }

    void anOutboxThatCannotRecordItsWorkExitsOneAndSendsNothing()
    {
        Test::HttpReceiver receiver;
        Test::WorkflowFixture f;
        f.clock().set(QDateTime::currentDateTimeUtc().addSecs(-60));
        f.disableEndpoints();
        f.addWebhook(u"Hook"_s, receiver.url().toString());
        const qint64 draft = f.approvedDraft({ChannelKind::Webhook});
        f.drafts.send(draft, f.as(f.alex));
        const QString path = f.store().database().path();
        QFile blocker(OutboxOwner::folderOf(path)); // where its lock would go, a file: no owner's lock
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();

        const CliRun run = runCli({u"dispatch"_s, u"--database"_s, path});
        QCOMPARE(run.exitCode, 1);
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(err.contains(u"nothing was sent"_s), qPrintable(err));
        QVERIFY2(err.contains(OutboxOwner::folderOf(path)), qPrintable(err));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(receiver.requests().size(), 0);
        QCOMPARE(f.store().deliveries().forDraft(draft).constFirst().state, DeliveryState::Pending);
    }
};

QTEST_GUILESS_MAIN(DispatchTest)
#include "DispatchTest.moc"
