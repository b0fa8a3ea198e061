// File > Templates driven through its widgets: write a template with a mistake (underlined,
// saving blocked), fix and save it, copy, export, delete, and import it again.

#include "base/ManualClock.h"
#include "common/Dialogs.h"
#include "editor/TemplateEditor.h"
#include "session/Session.h"
#include "templates/TemplateManagerDialog.h"

#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Qt::StringLiterals;
using namespace Herald;

class TemplateManagerTest : public QObject {
    Q_OBJECT

    QPushButton* button(QDialog& dialog, const QString& name)
    {
        auto* b = dialog.findChild<QPushButton*>(name);
        if (!b)
            qFatal("no button %s", qPrintable(name));
        return b;
    }
    static bool underlinedAt(const QTextBlock& block, int column)
    {
        for (const QTextLayout::FormatRange& range : block.layout()->formats())
            if (range.format.underlineStyle() == QTextCharFormat::WaveUnderline && range.start <= column &&
                column < range.start + range.length)
                return true;
        return false;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void writeCopyExportDeleteImport()
    {
        QTemporaryDir dir;
        ManualClock clock(QDateTime(QDate(2026, 11, 26), QTime(14, 0), QTimeZone::UTC));
        Session session(Database::open(dir.filePath(u"t.sqlite"_s), clock), clock, Dispatcher::Options{});
        const qint64 author =
            session.store().people().add(Person{0, u"Alex Kim"_s, {}, {Role::CommunicationsManager}});
        const int shipped = int(session.templates().templates().size());
        TemplateManagerDialog dialog(session, author);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* status = dialog.findChild<QLabel*>(u"templateStatus"_s);
        auto* save = button(dialog, u"saveTemplateButton"_s);
        auto* list = dialog.findChild<QListView*>(u"templateList"_s);
        QCOMPARE(list->model()->rowCount(), shipped);
        // A shipped template cannot be deleted, only copied.
        QVERIFY(!button(dialog, u"deleteTemplateButton"_s)->isEnabled());

        QTest::mouseClick(button(dialog, u"newTemplateButton"_s), Qt::LeftButton);
        TemplateEditor* editor = dialog.editor();
        QTRY_VERIFY(status->text().contains(u"Valid"_s));
        QVERIFY(save->isEnabled());

        // A variable the template does not declare: underlined where it is, and saving is blocked.
        editor->moveCursor(QTextCursor::End);
        QTest::keyClicks(editor, u"  Call {{ hotline }} for help."_s);
        QTRY_VERIFY(!save->isEnabled());
        QVERIFY2(status->text().contains(u"hotline"_s), qPrintable(status->text()));
        const QTextBlock last = editor->document()->lastBlock();
        QVERIFY(underlinedAt(last, int(last.text().indexOf(u"hotline"_s))));
        for (int i = 0; i < 30; ++i)
            QTest::keyClick(editor, Qt::Key_Backspace);
        QTRY_VERIFY(save->isEnabled());

        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(Dialogs::takeShownErrors(), QStringList());
        QVERIFY(session.templates().find(u"my-update"_s));
        QCOMPARE(dialog.currentId(), u"my-update"_s);
        QCOMPARE(list->model()->rowCount(), shipped + 1);
        QVERIFY(button(dialog, u"deleteTemplateButton"_s)->isEnabled());

        QTest::mouseClick(button(dialog, u"duplicateTemplateButton"_s), Qt::LeftButton);
        QCOMPARE(dialog.currentId(), u"my-update-copy"_s);
        QVERIFY(session.templates().find(u"my-update-copy"_s));

        const QString exported = dir.filePath(u"exported.yaml"_s);
        dialog.selectTemplate(u"my-update"_s);
        Dialogs::setNextFile(exported);
        QTest::mouseClick(button(dialog, u"exportTemplateButton"_s), Qt::LeftButton);
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("id: my-update"));

        Dialogs::setNextConfirm(true);
        QTest::mouseClick(button(dialog, u"deleteTemplateButton"_s), Qt::LeftButton);
        QVERIFY(!session.templates().find(u"my-update"_s));
        QCOMPARE(list->model()->rowCount(), shipped + 1); // the copy stays

        Dialogs::setNextFile(exported);
        QTest::mouseClick(button(dialog, u"importTemplateButton"_s), Qt::LeftButton);
        QCOMPARE(Dialogs::takeShownErrors(), QStringList());
        const MessageTemplate* imported = session.templates().find(u"my-update"_s);
        QVERIFY(imported);
        QVERIFY(imported->version > 1); // a new version after the deleted one
        // Every change is on the timeline.
        QCOMPARE(session.store().timeline().events(0).size(), 4);
    }

    void brokenFilesAreRefusedWithWhere()
    {
        QTemporaryDir dir;
        ManualClock clock(QDateTime(QDate(2026, 11, 26), QTime(14, 0), QTimeZone::UTC));
        Session session(Database::open(dir.filePath(u"t.sqlite"_s), clock), clock, Dispatcher::Options{});
        TemplateManagerDialog dialog(session, 0);
        const QString broken = dir.filePath(u"broken.yaml"_s);
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("id: broken\nname: [unclosed\n");
        file.close();
        Dialogs::setNextFile(broken);
        dialog.importFile();
        const QStringList errors = Dialogs::takeShownErrors();
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().contains(u"broken.yaml:"_s), qPrintable(errors.first()));
        QVERIFY(!session.templates().find(u"broken"_s));
    }
};

QTEST_MAIN(TemplateManagerTest)
#include "TemplateManagerTest.moc"
