// The workspace offers each person only what the core lets their role do: an approver reads an
// approved update but cannot send, save or withdraw it; a communications manager can.
#include "MainWindow.h"
#include "TestPeople.h"
#include "base/ManualClock.h"
#include "common/Dialogs.h"
#include "session/Session.h"

#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

class DraftRolesTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void approverCannotSendSaveOrWithdraw()
    {
        QTemporaryDir dir;
        ManualClock clock(QDateTime(QDate(2026, 11, 26), QTime(9, 0), QTimeZone::UTC));
        const QString path = dir.filePath(u"roles.sqlite"_s);
        Session session(Database::open(path, clock), clock, Dispatcher::Options{});
        const Store& store = session.store();
        const qint64 alex = Test::addPerson(store, u"Alex Morgan"_s, {Role::CommunicationsManager});
        const qint64 jordan = Test::addPerson(store, u"Jordan Kim"_s, {Role::Approver});
        const auto as = [&](qint64 person) { return Test::as(store, clock, person); };
        store.endpoints().add(
            {0, ChannelKind::Webhook, u"Status page"_s, u"https://status.example.com/hook"_s, true});
        Incident incident;
        incident.title = u"Payments API partial outage"_s;
        incident.severity = Severity::Sev2;
        incident.components = {{u"Payments API"_s, ComponentImpact::PartialOutage}};
        const qint64 incidentId = session.incidents().create(incident, alex);
        const DraftService& drafts = session.drafts();
        const qint64 id =
            drafts.create(incidentId, u"partial-outage-investigating"_s, {ChannelKind::Webhook}, as(alex));
        drafts.save(id,
                    QVariantMap{{u"service"_s, u"the Payments API"_s},
                                {u"impact"_s, u"About one in five card payments is declined."_s},
                                {u"next_update"_s, u"14:30 UTC"_s}},
                    as(alex));
        drafts.submit(id, as(alex));
        drafts.approve(id, as(jordan), u"Clear."_s);
        QCOMPARE(drafts.draft(id).state, DraftState::Approved);

        MainWindow window(session, path);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.selectIncident(incidentId);
        const auto button = [&](const QString& name) {
            auto* b = window.findChild<QPushButton*>(name);
            if (!b)
                qFatal("no button %s", qPrintable(name));
            return b;
        };

        Dialogs::setNextPassphrase(Test::passphrase);
        QVERIFY(window.setActor(jordan));
        for (const QString& name : {u"sendButton"_s, u"saveButton"_s, u"withdrawButton"_s,
                                    u"emergencyButton"_s, u"submitButton"_s}) {
            QVERIFY2(!button(name)->isEnabled(), qPrintable(name));
            QVERIFY2(button(name)->toolTip().contains(u"Jordan Kim cannot"_s),
                     qPrintable(button(name)->toolTip()));
        }

        Dialogs::setNextPassphrase(Test::passphrase);
        QVERIFY(window.setActor(alex));
        for (const QString& name : {u"sendButton"_s, u"saveButton"_s, u"withdrawButton"_s})
            QVERIFY2(button(name)->isEnabled(), qPrintable(name));
        QVERIFY(!button(u"approveButton"_s)->isEnabled()); // not in review, and not Alex's role
        QVERIFY(Dialogs::takeShownErrors().isEmpty());
    }
};

QTEST_MAIN(DraftRolesTest)
#include "DraftRolesTest.moc"
