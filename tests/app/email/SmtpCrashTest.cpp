// Email survives kill -9 too: a batch of approved email deliveries to a real SMTP server
// (aiosmtpd) on loopback, sent by `herald-cli dispatch`, killed at random moments and restarted
// until the outbox is drained. Nothing may be lost; a message resent after a kill carries the
// same Message-ID, so receivers can drop it. Prints
// `crash-test-smtp: lost=N duplicates=N redeliveries=N kills=N`. HERALD_CRASH_DELIVERIES sets
// the batch (100 by default).
#include "KillLoop.h"
#include "PrivateSecretService.h"
#include "SmtpServer.h"
#include "WorkflowFixture.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Herald;

class SmtpCrashTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void killedAndRestartedUntilDrained()
    {
        // The child reads the (empty) keychain for every email row: give it a real one.
        Test::PrivateSecretService keyring;
        QVERIFY2(keyring.error().isEmpty(), qPrintable(keyring.error()));
        const int count = qEnvironmentVariableIntValue("HERALD_CRASH_DELIVERIES") > 0
                              ? qEnvironmentVariableIntValue("HERALD_CRASH_DELIVERIES")
                              : 100;
        Test::SmtpServer server({});
        QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
        Test::WorkflowFixture f;
        f.clock().set(QDateTime::currentDateTimeUtc().addSecs(-3600)); // due by the child's real clock
        f.disableEndpoints();
        for (int i = 0; i < count; ++i) {
            ChannelEndpoint endpoint{0, ChannelKind::Email, u"List %1"_s.arg(i),
                                     u"reader%1@example.com"_s.arg(i), true};
            endpoint.settings = {{u"host"_s, u"127.0.0.1"_s},
                                 {u"port"_s, int(server.port())},
                                 {u"security"_s, u"none"_s},
                                 {u"from_address"_s, u"status@example.com"_s}};
            f.store().endpoints().add(endpoint);
        }
        const qint64 draft = f.approvedDraft({ChannelKind::Email});
        f.drafts.send(draft, f.as(f.alex));
        QCOMPARE(f.store().deliveries().forDraft(draft).size(), count);

        const Test::KillLoopResult loop = Test::killAndRestartUntilSent(f.store(), draft);
        QVERIFY2(loop.error.isEmpty(), qPrintable(loop.error));
        const int kills = loop.kills;
        const int runs = loop.runs - 1;
        QVERIFY2(kills >= 3, "the dispatcher finished before it could be killed enough times");

        // What the server accepted, by Message-ID and by recipient.
        QSet<QString> ids;
        QHash<QString, QSet<QString>> idsByRecipient;
        int accepted = 0;
        for (const QJsonObject& record : server.log()) {
            if (record[u"reply"_s].toInt() != 250)
                continue;
            ++accepted;
            const QString id = record[u"message_id"_s].toString();
            ids.insert(id);
            for (const QJsonValue& to : record[u"rcpt_tos"_s].toArray())
                idsByRecipient[to.toString()].insert(id);
        }
        int lost = 0;
        int delivered = 0;
        for (const Delivery& row : f.store().deliveries().forDraft(draft)) {
            lost += ids.contains(u"<%1@example.com>"_s.arg(row.idempotencyKey)) ? 0 : 1;
            delivered += row.state == DeliveryState::Delivered ? 1 : 0;
        }
        int duplicates = 0; // one recipient reached under two different Message-IDs
        for (const QSet<QString>& perRecipient : std::as_const(idsByRecipient))
            duplicates += int(perRecipient.size()) - 1;
        const int redeliveries = accepted - int(ids.size()); // the same Message-ID again
        std::printf(
            "crash-test-smtp: lost=%d duplicates=%d redeliveries=%d kills=%d (deliveries=%d runs=%d)\n", lost,
            duplicates, redeliveries, kills, count, runs + 1);
        std::fflush(stdout);
        QCOMPARE(lost, 0);
        QCOMPARE(duplicates, 0);
        QCOMPARE(delivered, count);
        QCOMPARE(int(idsByRecipient.size()), count);
    }
};

QTEST_GUILESS_MAIN(SmtpCrashTest)
#include "SmtpCrashTest.moc"
