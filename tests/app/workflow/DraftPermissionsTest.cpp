// Each role against each decision on an update, on the real store: the core refuses what the
// role does not allow (whatever front end asks), and says so before anyone tries.
#include "workflow/DraftPermissions.h"

#include "WorkflowFixture.h"
#include "store/Store.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;
using Test::WorkflowFixture;

Q_DECLARE_METATYPE(Herald::Role)

class DraftPermissionsTest : public QObject {
    Q_OBJECT

    std::unique_ptr<WorkflowFixture> f;

    // A draft in the state the action starts from.
    qint64 draftFor(DraftAction action)
    {
        switch (action) {
        case DraftAction::Approve:
        case DraftAction::RequestChanges:
            return f->submittedDraft();
        case DraftAction::Send:
            return f->approvedDraft();
        default:
            return f->filledDraft({ChannelKind::Webhook});
        }
    }

    void attempt(qint64 id, DraftAction action, const Identity& who)
    {
        switch (action) {
        case DraftAction::Edit: {
            DraftContent content = f->drafts.content(f->drafts.draft(id));
            content.variables.insert(u"impact"_s, u"Some card payments are declined."_s);
            f->drafts.save(id, content, who);
            return;
        }
        case DraftAction::Submit:
            return f->drafts.submit(id, who);
        case DraftAction::Approve:
            return f->drafts.approve(id, who, {});
        case DraftAction::RequestChanges:
            return f->drafts.requestChanges(id, who, u"Say when it started."_s);
        case DraftAction::Send:
            return f->drafts.send(id, who);
        case DraftAction::EmergencySend:
            return f->drafts.sendEmergency(id, who, u"Checkout is down; customers must hear now."_s);
        case DraftAction::Withdraw:
            return f->drafts.withdraw(id, who, {});
        }
    }

private Q_SLOTS:
    void init() { f = std::make_unique<WorkflowFixture>(); }
    void cleanup() { f.reset(); }

    void eachRoleEachAction_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<DraftAction>("action");
        QTest::addColumn<bool>("allowed");
        using enum Role;
        using enum DraftAction;
        const QList<std::pair<Role, QList<DraftAction>>> allowed{
            {CommunicationsManager, {Edit, Submit, Send, EmergencySend, Withdraw}},
            {IncidentManager, {Edit, Submit, Approve, RequestChanges, Send, EmergencySend, Withdraw}},
            {Approver, {Approve, RequestChanges}},
            {SupportLead, {}},
            {Administrator, {}},
        };
        for (const auto& [role, actions] : allowed)
            for (DraftAction action : {Edit, Submit, Approve, RequestChanges, Send, EmergencySend, Withdraw})
                QTest::addRow("%s %s", qPrintable(roleKey(role)), qPrintable(draftActionKey(action)))
                    << role << action << actions.contains(action);
    }

    void eachRoleEachAction()
    {
        QFETCH(Role, role);
        QFETCH(DraftAction, action);
        QFETCH(bool, allowed);
        const qint64 person = Test::addPerson(f->store(), u"Pat Doe"_s, {role});
        const qint64 id = draftFor(action);
        const Draft before = f->drafts.draft(id);

        // What a front end asks before offering the action.
        const auto why = f->drafts.whyCannot(before, *f->store().people().byId(person), action);
        QCOMPARE(DraftPermissions::allows(*f->store().people().byId(person), action), allowed);
        QCOMPARE(!why.has_value(), allowed);

        const QString error = f->errorOf([&] { attempt(id, action, f->as(person)); });
        if (allowed) {
            QCOMPARE(error, QString());
            QVERIFY(f->drafts.draft(id).state != before.state ||
                    f->drafts.draft(id).revision != before.revision);
        } else {
            QVERIFY2(error.contains(u"Pat Doe cannot"_s) && error.contains(u"role"_s), qPrintable(error));
            QCOMPARE(*why, error);
            QCOMPARE(f->drafts.draft(id).state, before.state);
            QCOMPARE(f->drafts.draft(id).revision, before.revision);
        }
    }

    // The state still decides as well: a role does not make a draft sendable.
    void roleAloneIsNotEnough()
    {
        const qint64 id = f->filledDraft({ChannelKind::Webhook});
        const Person alex = *f->store().people().byId(f->alex);
        QVERIFY(DraftPermissions::allows(alex, DraftAction::Send));
        QVERIFY(f->drafts.whyCannot(f->drafts.draft(id), alex, DraftAction::Send).has_value());
        QVERIFY(!f->drafts.whyCannot(f->drafts.draft(id), alex, DraftAction::Submit).has_value());
    }
};

QTEST_GUILESS_MAIN(DraftPermissionsTest)
#include "DraftPermissionsTest.moc"
