// Settings → People and Settings → Approval Rules through their widgets: only an administrator
// changes anything, each change asks the passphrase and lands on the timeline.
#include "TestPeople.h"
#include "base/ManualClock.h"
#include "common/Dialogs.h"
#include "domain/TimelineEventType.h"
#include "identity/ActingPerson.h"
#include "models/ApprovalRulesModel.h"
#include "session/Session.h"
#include "settings/ApprovalRulesDialog.h"
#include "settings/PeopleDialog.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

class SettingsDialogsTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 26), QTime(14, 0), QTimeZone::UTC)};
    std::unique_ptr<Session> m_session;
    std::unique_ptr<ActingPerson> m_acting;
    qint64 m_alex = 0, m_morgan = 0;

    void signIn(qint64 person)
    {
        Dialogs::setNextPassphrase(Test::passphrase);
        QVERIFY(m_acting->signIn(nullptr, person));
    }

    template <typename T> static T* find(QWidget* parent, const QString& name)
    {
        T* child = parent->findChild<T*>(name);
        if (!child)
            qFatal("no %s", qPrintable(name));
        return child;
    }

private Q_SLOTS:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_session = std::make_unique<Session>(Database::open(m_dir.filePath(u"s.sqlite"_s), m_clock), m_clock,
                                              Dispatcher::Options{}, 100);
        m_acting = std::make_unique<ActingPerson>(*m_session);
        m_alex = Test::addPerson(m_session->store(), u"Alex Morgan"_s, {Role::CommunicationsManager});
        m_morgan = Test::addPerson(m_session->store(), u"Morgan Diaz"_s, {Role::Administrator});
        Dialogs::takeShownErrors();
    }

    void cleanup()
    {
        m_acting.reset();
        m_session.reset();
        QFile::remove(m_dir.filePath(u"s.sqlite"_s));
    }

    void rulesAreReadOnlyForOthers()
    {
        signIn(m_alex);
        ApprovalRulesDialog dialog(*m_session, *m_acting);
        QAbstractItemModelTester tester(dialog.model());
        QVERIFY(!find<QPushButton>(&dialog, u"saveRulesButton"_s)->isEnabled());
        QVERIFY(!dialog.model()->setData(dialog.model()->index(0, ApprovalRulesModel::ApprovalsColumn), 0));
        QCOMPARE(dialog.model()->rowCount(), ApprovalPolicy::defaults().rules.size());
        QCOMPARE(dialog.model()->index(0, ApprovalRulesModel::KindColumn).data().toString(),
                 u"Security incident"_s);
    }

    void administratorChangesRules()
    {
        signIn(m_morgan);
        ApprovalRulesDialog dialog(*m_session, *m_acting);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QAbstractItemModelTester tester(dialog.model());
        auto* table = find<QTableView>(&dialog, u"rulesTable"_s);
        // Type a new count into the first rule's approvals cell, as a person would.
        const QModelIndex approvals = dialog.model()->index(0, ApprovalRulesModel::ApprovalsColumn);
        table->setCurrentIndex(approvals);
        table->edit(approvals);
        auto* editor = table->viewport()->findChild<QSpinBox*>();
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, u"3"_s);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(approvals.data(Qt::EditRole).toInt(), 3);   // the view commits on its next turn
        QVERIFY(!dialog.model()->setData(approvals, u"nine"_s)); // refused, kept
        find<QSpinBox>(&dialog, u"due_sev1"_s)->setValue(5);
        Dialogs::setNextPassphrase(Test::passphrase);
        QTest::mouseClick(find<QPushButton>(&dialog, u"saveRulesButton"_s), Qt::LeftButton);
        QCOMPARE(Dialogs::takeShownErrors(), QStringList());
        const ApprovalPolicy saved = m_session->policies().current();
        QCOMPARE(saved.rules.first().approvals, 3);
        QCOMPARE(saved.dueMinutes(Severity::Sev1), 5);
        const TimelineEvent event = m_session->store().timeline().events().last();
        QCOMPARE(event.type, TimelineEventType::PolicyChanged);
        QCOMPARE(event.actorName, u"Morgan Diaz"_s);
    }

    void wrongPassphraseSavesNothing()
    {
        signIn(m_morgan);
        ApprovalRulesDialog dialog(*m_session, *m_acting);
        dialog.model()->removeRule(0);
        Dialogs::setNextPassphrase(u"wrong one"_s);
        QVERIFY(!dialog.save());
        QCOMPARE(Dialogs::takeShownErrors().size(), 1);
        QCOMPARE(m_session->policies().current(), ApprovalPolicy::defaults());
    }

    void administratorAddsAPersonAndOthersOnlyTheirOwnPassphrase()
    {
        signIn(m_morgan);
        PeopleDialog dialog(*m_session, *m_acting);
        QAbstractItemModelTester tester(find<QListView>(&dialog, u"peopleList"_s)->model());
        // Asked in turn: the name, the new passphrase twice, then Morgan's own to confirm.
        Dialogs::setNextText(u"Jordan Kim"_s);
        for (const QString& answer : {u"jordan's own words"_s, u"jordan's own words"_s, Test::passphrase})
            Dialogs::setNextPassphrase(answer);
        dialog.addPerson();
        QCOMPARE(Dialogs::takeShownErrors(), QStringList());
        std::optional<Person> jordan;
        for (const Person& p : m_session->store().people().all())
            if (p.name == u"Jordan Kim"_s)
                jordan = p;
        QVERIFY(jordan);
        QCOMPARE(jordan->passphraseSetBy, m_morgan);
        QCOMPARE(find<QLineEdit>(&dialog, u"personName"_s)->text(), u"Jordan Kim"_s);
        QVERIFY(find<QLabel>(&dialog, u"passphraseState"_s)->text().contains(u"Set by Morgan Diaz"_s));
        // Give Jordan the approver role by ticking it.
        find<QCheckBox>(&dialog, u"role_approver"_s)->setChecked(true);
        Dialogs::setNextPassphrase(Test::passphrase);
        QTest::mouseClick(find<QPushButton>(&dialog, u"savePersonButton"_s), Qt::LeftButton);
        QVERIFY(m_session->store().people().byId(jordan->id)->hasRole(Role::Approver));
        QCOMPARE(m_session->store().timeline().events().last().type, TimelineEventType::PersonChanged);

        // Alex sees Jordan but cannot change roles, add people, or set Jordan's passphrase.
        signIn(m_alex);
        PeopleDialog asAlex(*m_session, *m_acting);
        QVERIFY(!find<QPushButton>(&asAlex, u"addPersonButton"_s)->isEnabled());
        asAlex.selectPerson(jordan->id);
        QVERIFY(!find<QPushButton>(&asAlex, u"savePersonButton"_s)->isEnabled());
        QVERIFY(!find<QPushButton>(&asAlex, u"setPassphraseButton"_s)->isEnabled());
        QVERIFY(!find<QCheckBox>(&asAlex, u"role_administrator"_s)->isEnabled());
        asAlex.selectPerson(m_alex);
        QVERIFY(find<QPushButton>(&asAlex, u"setPassphraseButton"_s)->isEnabled());
        for (const QString& answer : {u"alex's new words"_s, u"alex's new words"_s, Test::passphrase})
            Dialogs::setNextPassphrase(answer);
        asAlex.setPassphrase();
        QCOMPARE(Dialogs::takeShownErrors(), QStringList());
        Dialogs::setNextPassphrase(u"alex's new words"_s);
        QVERIFY(m_acting->signIn(nullptr, m_alex));
    }
};

QTEST_MAIN(SettingsDialogsTest)
#include "SettingsDialogsTest.moc"
