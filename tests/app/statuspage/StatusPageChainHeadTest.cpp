// The static status page's summary.json carries the timeline's head ("chain_head"), sent by the
// real dispatcher into a folder: readers of the page hold a witness of the chain.
#include "PrivateSecretService.h"
#include "WorkflowFixture.h"
#include "delivery/Dispatcher.h"
#include "secrets/KeychainSecretStore.h"
#include "store/Store.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

class StatusPageChainHeadTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void summaryCarriesTheChainHead()
    {
        Test::PrivateSecretService service;
        QVERIFY2(service.error().isEmpty(), qPrintable(service.error()));
        const auto secrets = std::make_shared<KeychainSecretStore>(u"herald-test"_s);
        QTemporaryDir dir;
        const QString site = dir.filePath(u"site"_s);
        Test::WorkflowFixture f;
        for (const ChannelEndpoint& endpoint : f.store().endpoints().all())
            f.store().endpoints().update(
                {endpoint.id, endpoint.channel, endpoint.name, endpoint.address, false});
        f.store().endpoints().add({0, ChannelKind::StatusPage, u"Public status"_s, site, true,
                                   QJsonObject{{u"provider"_s, u"static"_s}}});
        const qint64 draft = f.approvedDraft({ChannelKind::StatusPage});
        f.drafts.send(draft, f.as(f.alex));
        const ChainHead before = f.store().timeline().head();

        Dispatcher dispatcher(f.store().sharedDatabase(), f.clock(), f.notifier,
                              {RetryPolicy({0, 5, 300}, 0.0), 2000, 8, 1, secrets});
        dispatcher.start();
        QTRY_COMPARE_WITH_TIMEOUT(f.store().deliveries().forDraft(draft).value(0).state,
                                  DeliveryState::Delivered, 10000);
        dispatcher.shutdown();

        QFile file(QDir(site).filePath(u"summary.json"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject summary = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonObject head = summary[u"chain_head"_s].toObject();
        QVERIFY2(!head.isEmpty(), "summary.json has no chain_head");
        // The head as committed when the page was built: at least what the send committed, and
        // an event of this timeline with exactly that hash.
        const qint64 sequence = head[u"sequence"_s].toInteger();
        QVERIFY2(sequence >= before.sequence, qPrintable(QString::number(sequence)));
        QVERIFY(sequence <= f.store().timeline().head().sequence);
        QCOMPARE(head[u"hash"_s].toString().toLatin1(), f.store().timeline().hashAt(sequence));
        // Statuspage's own keys are still there.
        QVERIFY(summary.contains(u"page"_s) && summary.contains(u"incidents"_s));
    }
};

QTEST_GUILESS_MAIN(StatusPageChainHeadTest)
#include "StatusPageChainHeadTest.moc"
