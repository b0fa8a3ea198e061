// The support lead's copy desk in the real main window, on a real SQLite session: only approved
// text appears, one click copies it as rich and plain text, and every copy is on the timeline.

#include "MainWindow.h"
#include "TestPeople.h"
#include "base/ManualClock.h"
#include "common/Dialogs.h"
#include "copydesk/CopyDeskView.h"
#include "domain/TimelineEventType.h"
#include "models/ApprovedTextModel.h"
#include "session/Session.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Herald;

class CopyDeskTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
    CopyDeskView* m_desk = nullptr;
    qint64 m_alex = 0, m_jordan = 0, m_sam = 0, m_incident = 0;

    template <typename T> T* find(const QString& name)
    {
        T* widget = m_desk->findChild<T*>(name);
        if (!widget)
            qFatal("no widget %s", qPrintable(name));
        return widget;
    }

    Identity as(qint64 person) { return Test::as(m_session->store(), *m_clock, person); }
    void tick(int seconds = 60) { m_clock->advanceSeconds(seconds); }

    // An update by Alex, filled in and submitted: it waits for review.
    qint64 submitted(const QList<ChannelKind>& channels, const QString& impact)
    {
        const DraftService& drafts = m_session->drafts();
        const qint64 id = drafts.create(m_incident, u"partial-outage-investigating"_s, channels, as(m_alex));
        tick();
        drafts.save(id,
                    QVariantMap{{u"service"_s, u"the Payments API"_s},
                                {u"impact"_s, impact},
                                {u"workaround"_s, u"Retry a declined payment after a minute."_s},
                                {u"next_update"_s, u"14:30 UTC"_s}},
                    as(m_alex));
        tick();
        m_session->drafts().submit(id, as(m_alex));
        tick();
        return id;
    }

    void approve(qint64 draftId)
    {
        m_session->drafts().approve(draftId, as(m_jordan), u"Clear."_s);
        tick();
    }

    ApprovedTextModel* model() { return m_desk->model(); }
    QList<qint64> shownDrafts()
    {
        QList<qint64> drafts;
        for (int group = 0; group < model()->rowCount(); ++group) {
            const QModelIndex parent = model()->index(group, 0);
            for (int row = 0; row < model()->rowCount(parent); ++row)
                drafts << model()->index(row, 0, parent).data(ApprovedTextModel::DraftIdRole).toLongLong();
        }
        return drafts;
    }
    const TimelineEvent lastEvent() { return m_session->store().timeline().events(m_incident).last(); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 26), QTime(9, 0), QTimeZone::UTC));
        const QString path =
            m_dir.filePath(u"copydesk-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
        m_session =
            std::make_unique<Session>(Database::open(path, *m_clock), *m_clock, Dispatcher::Options{});
        const Store& store = m_session->store();
        m_alex = Test::addPerson(store, u"Alex Morgan"_s, {Role::CommunicationsManager});
        m_jordan = Test::addPerson(store, u"Jordan Kim"_s, {Role::Approver});
        m_sam = Test::addPerson(store, u"Sam Lee"_s, {Role::SupportLead});
        Incident incident;
        incident.title = u"Payments API partial outage"_s;
        incident.severity = Severity::Sev2;
        incident.components = {{u"Payments API"_s, ComponentImpact::PartialOutage}};
        m_incident = m_session->incidents().create(incident, m_alex);
        tick();

        m_window = std::make_unique<MainWindow>(*m_session, path);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->selectIncident(m_incident);
        m_desk = m_window->findChild<CopyDeskView*>();
        QVERIFY(m_desk);
        m_window->tabs()->setCurrentWidget(m_desk);
        QCOMPARE(m_window->tabs()->tabText(m_window->tabs()->count() - 1), u"&Copy Desk"_s);
    }

    void cleanup()
    {
        m_window.reset();
        m_session.reset();
        QVERIFY(Dialogs::takeShownErrors().isEmpty());
    }

    void onlyApprovedTextAppears()
    {
        QAbstractItemModelTester tester(model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto* empty = find<QLabel>(u"copyDeskEmpty"_s);
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(u"No approved updates for this incident yet"_s));

        // In review: not on the desk.
        const qint64 first = submitted({ChannelKind::Email, ChannelKind::SupportMacro},
                                       u"About one in five card payments is declined."_s);
        QCOMPARE(shownDrafts(), QList<qint64>{});
        QVERIFY(empty->isVisible());

        // Approved: on the desk at once, the latest preselected and shown as it will paste.
        approve(first);
        QCOMPARE(shownDrafts(), QList<qint64>{first});
        QVERIFY(!empty->isVisible());
        const ApprovedText approved = m_session->copyDesk().versions(m_incident).first();
        QVERIFY(m_desk->current());
        QCOMPARE(m_desk->current()->approvalId, approved.approvalId);
        QCOMPARE(find<QPlainTextEdit>(u"copyPlainView"_s)->toPlainText(), approved.plain);
        QVERIFY(
            find<QTextBrowser>(u"copyRichView"_s)->toPlainText().contains(u"one in five card payments"_s));
        const QModelIndex latest = model()->latestOfGroup(0);
        QCOMPARE(latest.parent().data().toString(), u"External customers (1 approved)"_s);
        QVERIFY(latest.data().toString().contains(u"Latest"_s));
        QCOMPARE(latest.siblingAtColumn(ApprovedTextModel::ApproverColumn).data().toString(),
                 u"Jordan Kim"_s);
        QCOMPARE(latest.siblingAtColumn(ApprovedTextModel::SentColumn).data().toString(), u"Not sent yet"_s);
        QVERIFY(latest.siblingAtColumn(ApprovedTextModel::ApprovedColumn)
                    .data()
                    .toString()
                    .contains(u"min ago"_s));

        // A newer approved version takes the latest's place; the older one stays below it.
        const qint64 second = submitted({ChannelKind::Email, ChannelKind::StatusPage},
                                        u"About one in ten card payments is declined."_s);
        QCOMPARE(shownDrafts(), QList<qint64>{first});
        approve(second);
        QCOMPARE(shownDrafts(), (QList<qint64>{second, first}));
        QCOMPARE(m_desk->current()->draftId, second);
        QVERIFY(!model()->index(1, 0, model()->index(0, 0)).data().toString().contains(u"Latest"_s));

        // Editing the approved update voids its approval: that version leaves the desk.
        m_session->drafts().save(second,
                                 QVariantMap{{u"service"_s, u"the Payments API"_s},
                                             {u"impact"_s, u"Fewer card payments are declined."_s},
                                             {u"workaround"_s, u"Retry a declined payment."_s},
                                             {u"next_update"_s, u"15:00 UTC"_s}},
                                 as(m_alex));
        QCOMPARE(shownDrafts(), QList<qint64>{first});
        QCOMPARE(m_desk->current()->draftId, first);
    }

    void oneOfTwoApprovalsIsNotApprovedText()
    {
        // Security incidents need two approvals: after the first, the text is still in review.
        Incident security;
        security.title = u"Suspicious sign-ins"_s;
        security.kind = IncidentKind::Security;
        security.severity = Severity::Sev2;
        m_incident = m_session->incidents().create(security, m_alex);
        m_window->selectIncident(m_incident);
        const qint64 draft = submitted({ChannelKind::Email, ChannelKind::SupportMacro},
                                       u"Some customers may have to sign in again."_s);
        approve(draft);
        QCOMPARE(m_session->store().drafts().byId(draft)->state, DraftState::InReview);
        QVERIFY(m_session->copyDesk().versions(m_incident).isEmpty());
        QCOMPARE(shownDrafts(), QList<qint64>{});
        QVERIFY(find<QLabel>(u"copyDeskEmpty"_s)->isVisible());
    }

    void copyForTicketPutsRichAndPlainText()
    {
        auto* copy = find<QPushButton>(u"copyTicketButton"_s);
        const qint64 draft = submitted({ChannelKind::Email, ChannelKind::SupportMacro},
                                       u"About one in five card payments is declined."_s);
        approve(draft);
        // Nobody signed in: nothing can be copied, and the button says why.
        QVERIFY(!copy->isEnabled());
        QVERIFY(copy->toolTip().contains(u"Sign in"_s));
        Dialogs::setNextPassphrase(Test::passphrase);
        QVERIFY(m_window->setActor(m_sam));
        QVERIFY(copy->isEnabled());

        const ApprovedText approved = m_session->copyDesk().versions(m_incident).first();
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(copy, Qt::LeftButton);
        const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
        QVERIFY(mime);
        QVERIFY(mime->hasText());
        QVERIFY(mime->hasHtml());
        QCOMPARE(mime->text(), approved.plain);
        QVERIFY(mime->html().contains(approved.html));
        QVERIFY(approved.plain.contains(u"About one in five card payments is declined."_s));
        QCOMPARE(find<QLabel>(u"copyStatus"_s)->text(),
                 u"Copied update #%1 (revision %2) — recorded on the timeline"_s.arg(draft).arg(
                     approved.revision));

        // The copy is on the timeline: who, which update, which revision.
        const TimelineEvent event = lastEvent();
        QCOMPARE(event.type, TimelineEventType::TextCopied);
        QCOMPARE(event.type, u"support.text_copied"_s);
        QCOMPARE(event.actorId, m_sam);
        QCOMPARE(event.actorName, u"Sam Lee"_s);
        QCOMPARE(event.details.value(u"draft"_s).toInteger(), draft);
        QCOMPARE(event.details.value(u"revision"_s).toInt(), approved.revision);
        QCOMPARE(event.details.value(u"format"_s).toString(), u"ticket"_s);
        // Recording the copy leaves the selection where it was.
        QCOMPARE(m_desk->current()->approvalId, approved.approvalId);

        // The keyboard copies too.
        QGuiApplication::clipboard()->clear();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        const qsizetype before = m_session->store().timeline().events(m_incident).size();
        QTest::keyClick(m_window.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        // A button's shortcut clicks it visibly, a moment later.
        QTRY_COMPARE(m_session->store().timeline().events(m_incident).size(), before + 1);
        QCOMPARE(QGuiApplication::clipboard()->mimeData()->text(), approved.plain);
    }

    void copyAsMacroOnlyWithAMacro()
    {
        Dialogs::setNextPassphrase(Test::passphrase);
        QVERIFY(m_window->setActor(m_sam));
        auto* macroButton = find<QPushButton>(u"copyMacroButton"_s);
        const qint64 withMacro = submitted({ChannelKind::Email, ChannelKind::SupportMacro},
                                           u"About one in five card payments is declined."_s);
        approve(withMacro);
        const ApprovedText approved = m_session->copyDesk().versions(m_incident).first();
        QVERIFY(!approved.macro.isEmpty());
        QVERIFY(macroButton->isEnabled());
        QCOMPARE(find<QPlainTextEdit>(u"copyMacroView"_s)->toPlainText(), approved.macro);
        QTest::mouseClick(macroButton, Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->mimeData()->text(), approved.macro);
        QVERIFY(!QGuiApplication::clipboard()->mimeData()->hasHtml());
        QCOMPARE(lastEvent().type, TimelineEventType::TextCopied);
        QCOMPARE(lastEvent().details.value(u"format"_s).toString(), u"macro"_s);
        QCOMPARE(lastEvent().actorId, m_sam);
        QVERIFY(find<QLabel>(u"copyStatus"_s)
                    ->text()
                    .startsWith(u"Copied the support macro of update #%1"_s.arg(withMacro)));

        // An update approved without the support-macro channel: the button says why it is off.
        const qint64 without = submitted({ChannelKind::Email, ChannelKind::StatusPage},
                                         u"About one in ten card payments is declined."_s);
        approve(without);
        QCOMPARE(m_desk->current()->draftId, without);
        QVERIFY(m_desk->current()->macro.isEmpty());
        QVERIFY(!macroButton->isEnabled());
        QVERIFY(macroButton->toolTip().contains(u"without the support-macro channel"_s));
        QVERIFY(find<QPushButton>(u"copyTicketButton"_s)->isEnabled());

        // Choosing the older version with a macro turns it on again.
        auto* tree = find<QTreeView>(u"copyDeskVersions"_s);
        tree->setCurrentIndex(model()->indexOfApproval(approved.approvalId));
        QCOMPARE(m_desk->current()->draftId, withMacro);
        QVERIFY(macroButton->isEnabled());
        // Clicking an audience row shows that audience's latest version.
        tree->setCurrentIndex(model()->index(0, 0));
        QCOMPARE(m_desk->current()->draftId, without);
    }
};

QTEST_MAIN(CopyDeskTest)
#include "CopyDeskTest.moc"
