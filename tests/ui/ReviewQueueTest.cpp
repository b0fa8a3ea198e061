// The reviewer's desk, driven through its real widgets on a real SQLite session seeded with the
// demo history (a payments outage with two updates sent and a third waiting for review): who
// sees what, what the diff shows, deciding from the keyboard, and the desktop notification an
// overdue review raises, caught by a notification server on a private D-Bus session bus.

#include "MainWindow.h"
#include "base/ManualClock.h"
#include "common/Dialogs.h"
#include "common/Palette.h"
#include "demo/DemoSeeder.h"
#include "identity/ActingPerson.h"
#include "models/ReviewQueueModel.h"
#include "previews/PreviewPane.h"
#include "review/ReviewNotifier.h"
#include "review/ReviewQueueView.h"
#include "review/UpdateComparison.h"
#include "session/Session.h"
#include "timeline/TimelineView.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QThread>
#include <QTimer>
#include <QTreeView>

#include <csignal>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Herald;

namespace {

// A dbus-daemon of our own, started before QApplication so every D-Bus user in the process
// (KNotification included) talks to it and never to the desktop's.
class PrivateSessionBus {
public:
    PrivateSessionBus()
    {
        if (!m_dir.isValid())
            return;
        const QString address = u"unix:path="_s + m_dir.filePath(u"bus"_s);
        if (!QProcess::startDetached(
                u"dbus-daemon"_s,
                {u"--session"_s, u"--nofork"_s, u"--nopidfile"_s, u"--address="_s + address}, QString(),
                &m_pid))
            return;
        for (int i = 0; i < 100 && !QFile::exists(m_dir.filePath(u"bus"_s)); ++i)
            QThread::msleep(50);
        m_running = QFile::exists(m_dir.filePath(u"bus"_s));
        qputenv("DBUS_SESSION_BUS_ADDRESS", address.toUtf8());
    }
    ~PrivateSessionBus()
    {
        if (m_pid > 0)
            ::kill(pid_t(m_pid), SIGTERM);
    }
    bool isRunning() const { return m_running; }

private:
    QTemporaryDir m_dir;
    qint64 m_pid = 0;
    bool m_running = false;
};

} // namespace

// A stand-in for the desktop's notification daemon: it records every Notify call.
class NotificationServer : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Shown {
        QString appName;
        QString summary;
        QString body;
        QVariantMap hints;
    };
    QList<Shown> shown;

public Q_SLOTS:
    QStringList GetCapabilities() { return {u"body"_s, u"actions"_s}; }
    uint Notify(const QString& appName, uint replacesId, const QString&, const QString& summary,
                const QString& body, const QStringList&, const QVariantMap& hints, int)
    {
        // As the specification says: a known id updates that notification in place.
        if (replacesId > 0 && replacesId <= uint(shown.size())) {
            shown[replacesId - 1] = Shown{appName, summary, body, hints};
            return replacesId;
        }
        shown << Shown{appName, summary, body, hints};
        return uint(shown.size());
    }
    void CloseNotification(uint) {}

Q_SIGNALS:
    void NotificationClosed(uint id, uint reason);
    void ActionInvoked(uint id, const QString& actionKey);
};

class ReviewQueueTest : public QObject {
    Q_OBJECT

public:
    explicit ReviewQueueTest(bool busRunning) : m_busRunning(busRunning) {}

private:
    // The demo database as it is at `now`, with the people in it.
    struct Demo {
        QTemporaryDir dir;
        ManualClock clock{QDateTime(QDate(2026, 11, 26), QTime(14, 0), QTimeZone::UTC)};
        std::unique_ptr<Session> session;
        qint64 alex = 0, priya = 0, jordan = 0, sam = 0;
        qint64 inReview = 0; // the demo's third update, submitted three minutes ago

        Demo()
        {
            session = std::make_unique<Session>(Database::open(dir.filePath(u"reviews.sqlite"_s), clock),
                                                clock, Dispatcher::Options{});
            DemoSeeder::seed(session->store(), session->templates(), clock.now());
            for (const Person& person : session->store().people().all()) {
                if (person.name == u"Alex Morgan"_s)
                    alex = person.id;
                else if (person.name == u"Priya Shah"_s)
                    priya = person.id;
                else if (person.name == u"Jordan Kim"_s)
                    jordan = person.id;
                else if (person.name == u"Sam Lee"_s)
                    sam = person.id;
            }
            for (const Review& review : session->store().reviews().open())
                inReview = review.draftId;
        }
        Identity as(qint64 person) const { return session->verifier().prove(person, DemoSeeder::passphrase); }
        DraftState state(qint64 draftId) const { return session->store().drafts().byId(draftId)->state; }
        // A new incident with its first update, written and submitted by Alex.
        qint64 submitFirstUpdate()
        {
            Incident incident;
            incident.title = u"Login delays"_s;
            incident.severity = Severity::Sev3;
            incident.startedAt = clock.now();
            const qint64 incidentId = session->incidents().create(incident, alex);
            const qint64 id = session->drafts().create(incidentId, u"partial-outage-investigating"_s,
                                                       {ChannelKind::Sms, ChannelKind::Email}, as(alex));
            session->drafts().save(id,
                                   {{u"service"_s, u"Login"_s},
                                    {u"impact"_s, u"Signing in takes up to a minute."_s},
                                    {u"workaround"_s, u"Stay on the sign-in page; it completes."_s},
                                    {u"next_update"_s, u"15:00 UTC"_s}},
                                   as(alex));
            session->drafts().submit(id, as(alex));
            return id;
        }
    };

    static bool signIn(ActingPerson& acting, qint64 person)
    {
        Dialogs::setNextPassphrase(DemoSeeder::passphrase);
        return acting.signIn(nullptr, person);
    }
    static QString placeholderText(ReviewQueueView& view)
    {
        return view.findChild<QLabel*>(u"reviewPlaceholder"_s)->text();
    }
    static bool showsQueue(ReviewQueueView& view)
    {
        return view.findChild<QStackedWidget*>()->currentWidget() !=
               view.findChild<QLabel*>(u"reviewPlaceholder"_s);
    }
    static QString cell(const QAbstractItemModel* model, int row, int column, int role = Qt::DisplayRole)
    {
        return model->index(row, column).data(role).toString();
    }

    bool m_busRunning;
    NotificationServer m_server;
    QDBusConnection m_serverConnection{u"unconnected"_s};

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Dialogs::takeShownErrors();
        if (!m_busRunning)
            return;
        // Its own connection, so KNotification's calls really travel through the bus daemon.
        m_serverConnection =
            QDBusConnection::connectToBus(QDBusConnection::SessionBus, u"notificationServer"_s);
        QVERIFY(m_serverConnection.isConnected());
        QVERIFY(m_serverConnection.registerObject(u"/org/freedesktop/Notifications"_s, &m_server,
                                                  QDBusConnection::ExportAllSlots |
                                                      QDBusConnection::ExportAllSignals));
        QVERIFY(m_serverConnection.registerService(u"org.freedesktop.Notifications"_s));
    }

    void init()
    {
        // Notifications of the previous test may still be on their way over the bus.
        QTest::qWait(300);
        m_server.shown.clear();
    }

    void queueBelongsToApproversNotTheAuthor()
    {
        Demo demo;
        QVERIFY(demo.inReview > 0);
        ActingPerson acting(*demo.session);
        ReviewQueueView view(*demo.session, acting, nullptr);
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.resize(1200, 700);
        view.show();

        QCOMPARE(view.count(), 0);
        QVERIFY(!showsQueue(view));
        QVERIFY(placeholderText(view).contains(u"Sign in to review updates"_s));

        // The author's queue is empty: nobody approves their own text.
        QVERIFY(signIn(acting, demo.alex));
        QCOMPARE(view.count(), 0);
        QVERIFY(placeholderText(view).contains(u"Nothing waits for your review"_s));
        // A support lead may not approve at all.
        QVERIFY(signIn(acting, demo.sam));
        QCOMPARE(view.count(), 0);

        QVERIFY(signIn(acting, demo.priya));
        QCOMPARE(view.count(), 1);
        QVERIFY(showsQueue(view));
        const QAbstractItemModel* model = view.model();
        QCOMPARE(model->index(0, 0).data(ReviewQueueModel::DraftIdRole).toLongLong(), demo.inReview);
        QCOMPARE(cell(model, 0, ReviewQueueModel::UpdateColumn), u"#%1"_s.arg(demo.inReview));
        QCOMPARE(cell(model, 0, ReviewQueueModel::KindColumn), u"Approval"_s);
        QCOMPARE(cell(model, 0, ReviewQueueModel::AuthorColumn), u"Alex Morgan"_s);
        QCOMPARE(cell(model, 0, ReviewQueueModel::ApprovalsColumn), u"0 of 1"_s);
        const Review review = demo.session->store().reviews().forDraft(demo.inReview).constLast();
        const qint64 minutes = (demo.clock.now().secsTo(review.dueAt) + 59) / 60;
        QCOMPARE(cell(model, 0, ReviewQueueModel::DueColumn), u"due in %1 min"_s.arg(minutes));
        QVERIFY(!model->index(0, ReviewQueueModel::DueColumn).data(Qt::ForegroundRole).isValid());
        QCOMPARE(view.currentDraftId(), demo.inReview);
        const QString header = view.findChild<QLabel*>(u"reviewHeader"_s)->text();
        QVERIFY2(header.contains(u"Payments API"_s) && header.contains(u"Alex Morgan"_s), qPrintable(header));

        // Jordan, the other approver, sees it too; signing out empties the queue.
        QVERIFY(signIn(acting, demo.jordan));
        QCOMPARE(view.count(), 1);
        acting.signOut();
        QCOMPARE(view.count(), 0);
        QVERIFY(placeholderText(view).contains(u"Sign in"_s));
    }

    void diffShowsThePreviousPublishedUpdate()
    {
        Demo demo;
        ActingPerson acting(*demo.session);
        ReviewQueueView view(*demo.session, acting, nullptr);
        view.resize(1200, 700);
        view.show();
        QVERIFY(signIn(acting, demo.priya));
        QCOMPARE(view.currentDraftId(), demo.inReview);

        // What the core compares: the update sent before this one, channel by channel.
        const Draft draft = *demo.session->store().drafts().byId(demo.inReview);
        const UpdateComparison comparison =
            UpdateComparison::of(draft, demo.session->store(), demo.session->drafts());
        QVERIFY(comparison.previousDraftId);
        const ComparedField* sms = nullptr;
        for (const auto& [channel, field] : comparison.channels)
            if (channel == ChannelKind::Sms)
                sms = &field;
        QVERIFY(sms && sms->changed() && !sms->before.isEmpty());

        view.findChild<PreviewPane*>(u"reviewPreviews"_s)->showChannel(ChannelKind::Sms);
        auto* changes = view.findChild<QTextBrowser*>(u"reviewChanges"_s);
        const QString title = view.findChild<QLabel*>(u"reviewChangesTitle"_s)->text();
        QCOMPARE(title, u"Since update #%1, the last one sent."_s.arg(*comparison.previousDraftId));
        const QString html = changes->toHtml();
        // Words of the sent update are struck through, the new ones underlined; both are there.
        QStringList removed, added;
        for (const DiffSegment& segment : sms->diff) {
            if (segment.kind == DiffSegment::Kind::Removed)
                removed << segment.text.trimmed();
            else if (segment.kind == DiffSegment::Kind::Added)
                added << segment.text.trimmed();
        }
        QVERIFY(!removed.isEmpty() && !added.isEmpty());
        QVERIFY2(html.contains(u"line-through"_s) && html.contains(u"underline"_s), qPrintable(html));
        const QString plain = changes->toPlainText();
        for (const QString& word : std::as_const(removed) + added)
            QVERIFY2(plain.contains(word), qPrintable(word));
        // Concretely: the identified stage said what was being done; the monitoring one says it worked.
        QVERIFY(QRegularExpression(u"line-through[^>]*>[^<]*rolling back"_s).match(html).hasMatch());
        QVERIFY(QRegularExpression(u"underline[^>]*>[^<]*recovering"_s).match(html).hasMatch());
        QVERIFY2(plain.contains(u"Status"_s) && plain.contains(u"Identified"_s) &&
                     plain.contains(u"Monitoring"_s),
                 qPrintable(plain));
        QVERIFY(QRegularExpression(u"line-through[^>]*>[^<]*Identified"_s).match(html).hasMatch());
    }

    void firstUpdateAndNewRequestNotifies()
    {
        QVERIFY2(m_busRunning, "dbus-daemon did not start");
        Demo demo;
        ActingPerson acting(*demo.session);
        ReviewQueueView view(*demo.session, acting, nullptr);
        view.show();
        QVERIFY(signIn(acting, demo.priya));
        QCOMPARE(view.count(), 1);
        QSignalSpy notified(view.notifier(), &ReviewNotifier::notified);

        const qint64 first = demo.submitFirstUpdate();
        QCOMPARE(view.count(), 2);
        QCOMPARE(notified.size(), 1);
        QCOMPARE(notified.at(0).at(0).toString(), u"reviewRequested"_s);
        QTRY_COMPARE(m_server.shown.size(), 1);
        QCOMPARE(m_server.shown.at(0).summary, u"Review requested: update #%1"_s.arg(first));
        QVERIFY(m_server.shown.at(0).body.contains(u"Login delays"_s));
        QCOMPARE(m_server.shown.at(0).hints.value(u"x-kde-eventId"_s).toString(), u"reviewRequested"_s);
        QCOMPARE(m_server.shown.at(0).hints.value(u"x-kde-appname"_s).toString(), u"herald"_s);

        QVERIFY(view.selectDraft(first));
        QCOMPARE(view.findChild<QLabel*>(u"reviewChangesTitle"_s)->text(),
                 u"First update of this incident: nothing earlier to compare with."_s);
        QVERIFY(
            view.findChild<QTextBrowser*>(u"reviewChanges"_s)->toPlainText().contains(u"Signing in takes"_s));

        // Ctrl+Shift+Return sends it back, with the comment asked first.
        view.queueList()->setFocus();
        Dialogs::setNextText(u"Name the regions affected."_s);
        Dialogs::setNextPassphrase(DemoSeeder::passphrase);
        QTest::keyClick(view.queueList(), Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(demo.state(first), DraftState::ChangesRequested);
        QCOMPARE(view.count(), 1);
        QCOMPARE(m_server.shown.size(), 1); // leaving the queue is not news
    }

    void approveWithCtrlReturnInTheMainWindow()
    {
        Demo demo;
        MainWindow window(*demo.session, demo.dir.filePath(u"reviews.sqlite"_s));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTabWidget* tabs = window.tabs();
        const int tab = tabs->indexOf(window.reviews());
        QCOMPARE(tab, tabs->indexOf(window.timeline()) + 1);
        QCOMPARE(tabs->tabText(tab), u"&Reviews"_s);
        Dialogs::setNextPassphrase(DemoSeeder::passphrase);
        QVERIFY(window.setActor(demo.priya));
        QCOMPARE(tabs->tabText(tab), u"&Reviews (1)"_s);
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(tabs->currentWidget(), window.reviews());
        QTreeView* list = window.reviews()->queueList();
        QTRY_VERIFY(list->hasFocus());

        // A wrong passphrase decides nothing and says why.
        Dialogs::setNextPassphrase(u"not it"_s);
        QTest::keyClick(list, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(demo.state(demo.inReview), DraftState::InReview);
        QCOMPARE(Dialogs::takeShownErrors().size(), 1);
        QCOMPARE(window.reviews()->count(), 1);

        // Ctrl+Return approves the update in view (not the workspace's Submit, which shares the keys).
        Dialogs::setNextPassphrase(DemoSeeder::passphrase);
        QTest::keyClick(list, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(demo.state(demo.inReview), DraftState::Approved);
        QVERIFY(Dialogs::takeShownErrors().isEmpty());
        QCOMPARE(window.reviews()->count(), 0);
        QCOMPARE(tabs->tabText(tab), u"&Reviews"_s);
        QVERIFY(window.reviews()->findChild<QLabel*>(u"reviewPlaceholder"_s)->isVisible());
        const auto approvals = demo.session->store().approvals().forDraft(demo.inReview);
        QCOMPARE(approvals.size(), 1);
        QCOMPARE(approvals.first().approverId, demo.priya);
    }

    void requestChangesWithAltR()
    {
        Demo demo;
        ActingPerson acting(*demo.session);
        ReviewQueueView view(*demo.session, acting, nullptr);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(signIn(acting, demo.jordan));
        // J and K move in the queue too.
        const qint64 first = demo.submitFirstUpdate();
        QCOMPARE(view.count(), 2);
        view.queueList()->setFocus();
        const qint64 top = view.currentDraftId();
        QTest::keyClick(view.queueList(), Qt::Key_J);
        QVERIFY(view.currentDraftId() != top);
        QTest::keyClick(view.queueList(), Qt::Key_K);
        QCOMPARE(view.currentDraftId(), top);
        QVERIFY(view.selectDraft(demo.inReview));

        // Cancelling the comment decides nothing.
        Dialogs::setNextText(std::nullopt);
        QTest::keyClick(view.queueList(), Qt::Key_R, Qt::AltModifier);
        QCOMPARE(demo.state(demo.inReview), DraftState::InReview);

        const QString comment = u"Say since when payments work again."_s;
        Dialogs::setNextText(comment);
        Dialogs::setNextPassphrase(DemoSeeder::passphrase);
        QTest::keyClick(view.queueList(), Qt::Key_R, Qt::AltModifier);
        QCOMPARE(demo.state(demo.inReview), DraftState::ChangesRequested);
        QVERIFY(Dialogs::takeShownErrors().isEmpty());
        // The next one in the queue comes into view.
        QCOMPARE(view.count(), 1);
        QCOMPARE(view.currentDraftId(), first);
        const Draft draft = *demo.session->store().drafts().byId(demo.inReview);
        bool onTimeline = false;
        for (const TimelineEvent& event : demo.session->store().timeline().events(draft.incidentId))
            onTimeline |= event.summary.contains(comment) && event.actorId == demo.jordan;
        QVERIFY(onTimeline);
    }

    void afterSendReviewIsMarkedReviewed()
    {
        Demo demo;
        ActingPerson acting(*demo.session);
        ReviewQueueView view(*demo.session, acting, nullptr);
        view.show();
        QVERIFY(signIn(acting, demo.priya));
        // Alex sends the update in review at once; it comes back to Priya for review after sending.
        demo.session->drafts().sendEmergency(demo.inReview, demo.as(demo.alex),
                                             u"Customers are retrying payments right now."_s);
        QCOMPARE(view.count(), 1);
        QCOMPARE(view.currentDraftId(), demo.inReview);
        QCOMPARE(cell(view.model(), 0, ReviewQueueModel::KindColumn), u"After-send review"_s);
        auto* approve = view.findChild<QPushButton*>(u"reviewApproveButton"_s);
        QCOMPARE(approve->text(), u"Mark Reviewed…"_s);
        QVERIFY(!view.findChild<QPushButton*>(u"reviewRequestChangesButton"_s)->isEnabled());

        view.queueList()->setFocus();
        Dialogs::setNextText(u"Fine as sent."_s);
        Dialogs::setNextPassphrase(DemoSeeder::passphrase);
        QTest::keyClick(view.queueList(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(Dialogs::takeShownErrors().isEmpty());
        const Review review = demo.session->store().reviews().forDraft(demo.inReview).constLast();
        QCOMPARE(review.kind, ReviewKind::AfterSend);
        QVERIFY(!review.isOpen());
        QCOMPARE(review.closedBy, demo.priya);
        QCOMPARE(review.outcome, u"Fine as sent."_s);
        QCOMPARE(view.count(), 0);
    }

    void overdueReviewEscalatesAndNotifies()
    {
        QVERIFY2(m_busRunning, "dbus-daemon did not start");
        Demo demo;
        ActingPerson acting(*demo.session);
        ReviewQueueView view(*demo.session, acting, nullptr);
        view.show();
        // Jordan is the first backup approver in the demo's rules.
        QVERIFY(signIn(acting, demo.jordan));
        QCOMPARE(view.count(), 1);
        const ReviewQueueModel* model = view.model();
        QVERIFY(!model->index(0, 0).data(ReviewQueueModel::EscalatedRole).toBool());
        QVERIFY(view.notifier()->findChild<QTimer*>()->isActive());
        QCOMPARE(view.notifier()->findChild<QTimer*>()->interval(), 30'000);
        QVERIFY(demo.session->reviews().escalateDue().isEmpty()); // not due yet

        const Review review = demo.session->store().reviews().forDraft(demo.inReview).constLast();
        demo.clock.set(review.dueAt.addSecs(3 * 60 + 10));
        const QList<Review> escalated = demo.session->reviews().escalateDue();
        QCOMPARE(escalated.size(), 1);
        QCOMPARE(escalated.first().escalatedTo, demo.jordan);

        QCOMPARE(view.count(), 1);
        QVERIFY(model->index(0, 0).data(ReviewQueueModel::EscalatedRole).toBool());
        QVERIFY(model->index(0, 0).data(ReviewQueueModel::OverdueRole).toBool());
        QCOMPARE(cell(model, 0, ReviewQueueModel::DueColumn), u"overdue by 3 min · escalated to you"_s);
        QCOMPARE(model->index(0, ReviewQueueModel::DueColumn).data(Qt::ForegroundRole).value<QColor>(),
                 Palette::bad());
        QVERIFY(view.findChild<QLabel*>(u"reviewHeader"_s)->text().contains(u"escalated to you"_s));

        QTRY_COMPARE(m_server.shown.size(), 1);
        QCOMPARE(m_server.shown.at(0).summary, u"Review escalated to you: update #%1"_s.arg(demo.inReview));
        QCOMPARE(m_server.shown.at(0).hints.value(u"x-kde-eventId"_s).toString(), u"reviewDue"_s);
        QVERIFY(m_server.shown.at(0).body.contains(u"overdue by 3 min"_s));

        // Told once: the timer's next round finds nothing new.
        view.notifier()->tick();
        QTest::qWait(200);
        QCOMPARE(m_server.shown.size(), 1);
    }

    void overdueWithoutEscalationNotifiesThePrimaryApprover()
    {
        QVERIFY2(m_busRunning, "dbus-daemon did not start");
        Demo demo;
        ActingPerson acting(*demo.session);
        ReviewQueueView view(*demo.session, acting, nullptr);
        QVERIFY(signIn(acting, demo.priya));
        const Review review = demo.session->store().reviews().forDraft(demo.inReview).constLast();
        demo.clock.set(review.dueAt.addSecs(61));
        view.notifier()->tick(); // what the 30 s timer does: escalates (to Jordan), then looks
        QCOMPARE(view.model()->index(0, ReviewQueueModel::DueColumn).data().toString(),
                 u"overdue by 1 min"_s);
        QTRY_COMPARE(m_server.shown.size(), 1);
        QCOMPARE(m_server.shown.at(0).summary, u"Review overdue: update #%1"_s.arg(demo.inReview));
    }
};

int main(int argc, char* argv[])
{
    PrivateSessionBus bus;
    QApplication app(argc, argv);
    ReviewQueueTest test(bus.isRunning());
    return QTest::qExec(&test, argc, argv);
}

#include "ReviewQueueTest.moc"
