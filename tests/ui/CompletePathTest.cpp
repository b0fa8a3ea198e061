// Drives the whole path through the real main window: open an incident, start an update from a
// template, fill it in, submit, approve as someone else, send to a real HTTP server on
// loopback, and check the JSON it received and the timeline rows.

#include "HttpReceiver.h"
#include "MainWindow.h"
#include "TestKeychain.h"
#include "TestPeople.h"
#include "base/HeraldError.h"
#include "base/ManualClock.h"
#include "common/Dialogs.h"
#include "domain/TimelineEventType.h"
#include "identity/ActingPerson.h"
#include "models/DeliveryModel.h"
#include "models/TimelineModel.h"
#include "previews/SmsPreview.h"
#include "session/Session.h"
#include "signing/StandardWebhookSignature.h"
#include "timeline/TimelineView.h"
#include "workspace/WorkspaceWidget.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace Herald;

class CompletePathTest : public QObject {
    Q_OBJECT

private:
    template <typename T> T* find(QObject* root, const QString& name)
    {
        T* widget = root->findChild<T*>(name);
        if (!widget)
            qFatal("no widget %s", qPrintable(name));
        return widget;
    }

    // Runs `fill` on the next modal dialog with this object name, then accepts it.
    void onNextDialog(const QString& name, std::function<void(QDialog*)> fill)
    {
        QTimer::singleShot(0, this, [name, fill] {
            for (QWidget* w : QApplication::topLevelWidgets())
                if (auto* dialog = qobject_cast<QDialog*>(w);
                    dialog && dialog->objectName() == name && dialog->isVisible()) {
                    fill(dialog);
                    return;
                }
            qFatal("dialog %s did not open", qPrintable(name));
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The webhook's signing secret goes to a real keychain of this test's own.
        const QString keychain = Test::Keychain::start();
        QVERIFY2(keychain.isEmpty(), qPrintable(keychain));
    }

    void completePath()
    {
        QTemporaryDir dir;
        ManualClock clock(QDateTime(QDate(2026, 11, 26), QTime(9, 0), QTimeZone::UTC));
        Test::HttpReceiver receiver;
        receiver.setResponder([](const Test::HttpReceiver::Request&) {
            return Test::HttpReceiver::Reply{202, "accepted", {{"X-Request-Id", "rcv-1"}}};
        });

        auto database = Database::open(dir.filePath(u"gui.sqlite"_s), clock);
        Session session(database, clock, Dispatcher::Options{});
        const qint64 alex = Test::addPerson(session.store(), u"Alex Morgan"_s, {Role::CommunicationsManager});
        const qint64 priya =
            Test::addPerson(session.store(), u"Priya Shah"_s, {Role::IncidentManager, Role::Approver});

        MainWindow window(session, dir.filePath(u"gui.sqlite"_s));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAbstractItemModelTester incidentsTester(find<QTreeView>(&window, u"incidentList"_s)->model());
        QAbstractItemModelTester timelineTester(window.timeline()->model());
        QAbstractItemModelTester peopleTester(find<QComboBox>(&window, u"actorCombo"_s)->model());
        QAbstractItemModelTester deliveriesTester(find<QTableView>(&window, u"deliveryView"_s)->model());
        // Signing in takes the passphrase: a wrong one leaves nobody signed in.
        Dialogs::setNextPassphrase(u"not the passphrase"_s);
        QVERIFY(!window.setActor(alex));
        QCOMPARE(Dialogs::takeShownErrors().size(), 1);
        QVERIFY(!window.acting()->isSignedIn());
        Dialogs::setNextPassphrase(Test::passphrase);
        QVERIFY(window.setActor(alex));

        // Configure the webhook endpoint in the app.
        QString signingSecret;
        onNextDialog(u"channelSettingsDialog"_s, [this, &receiver, &signingSecret](QDialog* dialog) {
            QTest::keyClicks(find<QLineEdit>(dialog, u"endpointName"_s), u"Status webhook"_s);
            QTest::keyClicks(find<QLineEdit>(dialog, u"endpointAddress"_s), receiver.url().toString());
            QTest::mouseClick(find<QPushButton>(dialog, u"saveEndpointButton"_s), Qt::LeftButton);
            // A new webhook gets its signing secret, shown once and kept in the keychain.
            auto* message = find<QLabel>(dialog, u"endpointMessage"_s);
            QTRY_VERIFY(message->text().contains(u"whsec_"_s));
            signingSecret = message->text().mid(message->text().indexOf(u"whsec_"_s)).trimmed();
            dialog->accept();
        });
        window.openChannelSettings();
        QCOMPARE(session.store().endpoints().all().size(), 1);

        // Open an incident.
        onNextDialog(u"newIncidentDialog"_s, [this](QDialog* dialog) {
            QTest::keyClicks(find<QLineEdit>(dialog, u"incidentTitleEdit"_s), u"Checkout errors"_s);
            QTest::keyClicks(find<QLineEdit>(dialog, u"componentsEdit"_s), u"Checkout"_s);
            dialog->accept();
        });
        find<QAction>(&window, u"actionNewIncident"_s)->trigger();
        QCOMPARE(find<QLabel>(&window, u"incidentTitle"_s)->text(), u"Checkout errors"_s);

        // Start an update from a template, for SMS, email, Slack and webhook.
        onNextDialog(u"newDraftDialog"_s, [this](QDialog* dialog) {
            auto* list = find<QListWidget>(dialog, u"templateList"_s);
            for (int i = 0; i < list->count(); ++i)
                if (list->item(i)->data(Qt::UserRole).toString() == u"partial-outage-investigating"_s)
                    list->setCurrentRow(i);
            dialog->accept();
        });
        QTest::mouseClick(find<QPushButton>(&window, u"newDraftButton"_s), Qt::LeftButton);
        WorkspaceWidget* workspace = window.workspace();
        QVERIFY(workspace->currentDraftId() > 0);

        // Fill in the variables by typing; the SMS preview follows.
        QTest::keyClicks(find<QLineEdit>(workspace, u"var_service"_s), u"checkout"_s);
        QTest::keyClicks(find<QPlainTextEdit>(workspace, u"var_impact"_s), u"Some card payments fail."_s);
        QTest::keyClicks(find<QLineEdit>(workspace, u"var_next_update"_s), u"10:00 UTC"_s);
        auto* sms = find<SmsPreview>(workspace, u"preview_sms"_s);
        QTRY_VERIFY(sms->measureText().startsWith(u"GSM-7"_s));

        // Submit as the author (confirmed with the passphrase); the author cannot approve.
        Dialogs::setNextPassphrase(Test::passphrase);
        QTest::mouseClick(find<QPushButton>(workspace, u"submitButton"_s), Qt::LeftButton);
        QTRY_VERIFY(find<QLabel>(workspace, u"draftState"_s)->text().contains(u"In review"_s));
        QVERIFY(!find<QPushButton>(workspace, u"approveButton"_s)->isEnabled());
        QVERIFY_THROWS_EXCEPTION(HeraldError,
                                 session.drafts().approve(workspace->currentDraftId(),
                                                          Test::as(session.store(), clock, alex), {}));

        // Approve as Priya, then send.
        Dialogs::setNextPassphrase(Test::passphrase);
        QVERIFY(window.setActor(priya));
        QVERIFY(find<QPushButton>(workspace, u"approveButton"_s)->isEnabled());
        Dialogs::setNextPassphrase(Test::passphrase);
        QTest::mouseClick(find<QPushButton>(workspace, u"approveButton"_s), Qt::LeftButton);
        QTRY_VERIFY(find<QPushButton>(workspace, u"sendButton"_s)->isEnabled());
        Dialogs::setNextPassphrase(Test::passphrase);
        QTest::mouseClick(find<QPushButton>(workspace, u"sendButton"_s), Qt::LeftButton);

        // The real server received the approved JSON, with the row's idempotency key.
        QTRY_COMPARE_WITH_TIMEOUT(receiver.requests().size(), 1, 10000);
        const auto& request = receiver.requests().first();
        // Signed with the secret the channel dialog generated and showed once.
        QCOMPARE(StandardWebhookSignature::verify(signingSecret, request.headers.value("webhook-id"),
                                                  request.headers.value("webhook-timestamp"),
                                                  request.headers.value("webhook-signature"), request.body,
                                                  QDateTime::currentDateTimeUtc(), 3600 * 24 * 365),
                 StandardWebhookSignature::Verdict::Valid);
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.headers.value("content-type"), QByteArray("application/json"));
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        QCOMPARE(body[u"schema"_s].toString(), u"herald.update"_s);
        QCOMPARE(body[u"version"_s].toInt(), 1);
        QCOMPARE(body[u"incident"_s][u"title"_s].toString(), u"Checkout errors"_s);
        QCOMPARE(body[u"incident"_s][u"status"_s].toString(), u"investigating"_s);
        QCOMPARE(body[u"update"_s][u"title"_s].toString(), u"Investigating: problems with checkout"_s);
        QVERIFY(body[u"update"_s][u"text"_s].toString().contains(u"Some card payments fail."_s));
        QVERIFY(body[u"update"_s][u"text"_s].toString().contains(u"10:00 UTC"_s));
        const auto rows = session.store().deliveries().forDraft(workspace->currentDraftId());
        QCOMPARE(rows.size(), 1);
        QCOMPARE(request.headers.value("webhook-id"), rows.first().idempotencyKey.toUtf8());

        // The delivery panel names the recipient as it was set up, and says it is delivered; the
        // status bar's word on the outbox follows.
        QTRY_VERIFY(find<QLabel>(workspace, u"draftState"_s)->text().contains(u"Sent"_s));
        auto* deliveries = find<QTableView>(&window, u"deliveryView"_s)->model();
        QTRY_COMPARE(deliveries->data(deliveries->index(0, DeliveryModel::StateColumn)).toString(),
                     deliveryStateLabel(DeliveryState::Delivered));
        QCOMPARE(deliveries->data(deliveries->index(0, DeliveryModel::TargetColumn)).toString(),
                 u"Status webhook"_s);
        QCOMPARE(
            deliveries->data(deliveries->index(0, DeliveryModel::TargetColumn), Qt::ToolTipRole).toString(),
            u"Status webhook\n"_s + receiver.url().toString());
        QVERIFY(find<QLabel>(workspace, u"deliverySummary"_s)->text().startsWith(u"Delivered to 1 of 1"_s));
        QLabel* outbox = nullptr;
        for (QLabel* label : window.statusBar()->findChildren<QLabel*>())
            if (label->text().startsWith(u"Outbox: "_s))
                outbox = label;
        QVERIFY(outbox);
        QTRY_COMPARE(outbox->text(), u"Outbox: all sent"_s);

        // Every step is on the timeline, in order.
        window.tabs()->setCurrentIndex(1);
        TimelineModel* timeline = window.timeline()->model();
        timeline->setNewestFirst(false);
        QStringList types;
        QStringList actors;
        for (int row = 0; row < timeline->rowCount(); ++row) {
            types << timeline->data(timeline->index(row, 0), TimelineModel::TypeRole).toString();
            actors << timeline->data(timeline->index(row, TimelineModel::ActorColumn)).toString();
        }
        const QStringList expected{TimelineEventType::IncidentCreated,   TimelineEventType::DraftCreated,
                                   TimelineEventType::DraftRevised,      TimelineEventType::DraftSubmitted,
                                   TimelineEventType::DraftApproved,     TimelineEventType::DraftSendStarted,
                                   TimelineEventType::DeliveryDelivered, TimelineEventType::DraftSent};
        QCOMPARE(types, expected);
        QCOMPARE(actors.at(0), u"Alex Morgan"_s);
        QCOMPARE(actors.at(4), u"Priya Shah"_s);
        QCOMPARE(actors.at(6), u"Herald"_s);
        QVERIFY(find<QLabel>(&window, u"chainState"_s)->text().contains(u"intact"_s));
        QVERIFY(Dialogs::takeShownErrors().isEmpty());
    }
};

QTEST_MAIN(CompletePathTest)
#include "CompletePathTest.moc"
