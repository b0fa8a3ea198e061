// The template editor in the workspace, driven through real widgets: typing updates the SMS
// segments and the wording findings, every edit undoes from one stack, variable names complete,
// problems block submission, and look-alike characters are replaced in one step.

#include "workspace/DraftEditor.h"

#include "base/ManualClock.h"
#include "checks/FindingModel.h"
#include "common/Dialogs.h"
#include "demo/DemoSeeder.h"
#include "editor/TemplateEditor.h"
#include "editor/TemplateHighlighter.h"
#include "identity/ActingPerson.h"
#include "previews/LimitList.h"
#include "previews/SmsPreview.h"
#include "session/Session.h"
#include "workspace/DraftActions.h"
#include "workspace/VariableForm.h"
#include "workspace/WorkspaceWidget.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTreeView>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Herald;

class DraftEditorTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 26), QTime(14, 0), QTimeZone::UTC)};
    std::unique_ptr<Session> m_session;
    std::unique_ptr<ActingPerson> m_acting;
    std::unique_ptr<WorkspaceWidget> m_workspace;
    qint64 m_alex = 0;

    DraftEditor* draftEditor() { return m_workspace->editor(); }
    TemplateEditor* editor() { return draftEditor()->editor(); }
    SmsPreview* sms() { return m_workspace->findChild<SmsPreview*>(); }
    FindingModel* findings()
    {
        return qobject_cast<FindingModel*>(m_workspace->findChild<QTreeView*>(u"findingView"_s)->model());
    }
    int smsSegments()
    {
        for (const ChannelLimit& limit : sms()->limitList()->limits())
            if (limit.key == u"segments"_s)
                return limit.used;
        return -1;
    }
    QString smsEncoding() { return sms()->findChild<QLabel*>(u"smsMeasure"_s)->text(); }
    bool hasFinding(const QString& rule, std::optional<ChannelKind> channel)
    {
        for (const Finding& f : findings()->findings())
            if (f.rule == rule && (!channel || f.channel == channel))
                return true;
        return false;
    }
    void typeAtEnd(const QString& text)
    {
        editor()->setFocus();
        editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(editor(), text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_session = std::make_unique<Session>(Database::open(m_dir.filePath(u"e.sqlite"_s), m_clock), m_clock,
                                              Dispatcher::Options{});
        DemoSeeder::seed(m_session->store(), m_session->templates(), m_clock.now());
        m_acting = std::make_unique<ActingPerson>(*m_session);
        m_workspace = std::make_unique<WorkspaceWidget>(*m_session, *m_acting);
        m_workspace->resize(1366, 768);
        m_workspace->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_workspace.get()));
        for (const Person& p : m_session->store().people().all())
            if (p.name.startsWith(u"Alex"_s))
                m_alex = p.id;
        QVERIFY(m_alex);
        Dialogs::setNextPassphrase(DemoSeeder::passphrase);
        QVERIFY(m_acting->signIn(nullptr, m_alex));
        for (const Incident& incident : m_session->store().incidents().all())
            if (incident.isOngoing())
                m_workspace->setIncident(incident.id);
        for (const Draft& d : m_session->store().drafts().forIncident(m_workspace->currentIncidentId()))
            if (d.templateId == u"partial-outage-monitoring"_s) // the update in review
                m_workspace->selectDraft(d.id);
        QVERIFY(m_workspace->currentDraftId());
    }

    // Every preview shows its limits inside its own layout, not floating over the preview.
    void everyPreviewLaysOutItsLimits()
    {
        const std::function<bool(QLayout*, QWidget*)> holds = [&](QLayout* layout, QWidget* widget) {
            for (int i = 0; layout && i < layout->count(); ++i) {
                QLayoutItem* item = layout->itemAt(i);
                if (item->widget() == widget || holds(item->layout(), widget))
                    return true;
            }
            return false;
        };
        const auto previews = m_workspace->findChildren<ChannelPreview*>();
        QCOMPARE(previews.size(), allChannels().size());
        for (ChannelPreview* preview : previews) {
            m_workspace->showPreview(preview->channel()); // previews are drawn when shown
            LimitList* limits = preview->limitList();
            QWidget* owner = limits->parentWidget();
            QVERIFY2(owner && holds(owner->layout(), limits), qPrintable(channelKey(preview->channel())));
            QVERIFY2(!limits->limits().isEmpty(), qPrintable(channelKey(preview->channel())));
        }
        m_workspace->showPreview(ChannelKind::Sms);
    }

    void typingUpdatesSegmentsAndFindings()
    {
        draftEditor()->showPart(u"sms"_s);
        QTRY_VERIFY(smsSegments() > 0);
        const int before = smsSegments();
        QVERIFY(!hasFinding(u"vague-phrase"_s, ChannelKind::Sms));
        typeAtEnd(
            u" We hope to have this fixed soon, and we are sorry for the trouble this causes you today."_s);
        QTRY_VERIFY(smsSegments() > before);
        QTRY_VERIFY(hasFinding(u"vague-phrase"_s, ChannelKind::Sms));
        QVERIFY(smsEncoding().contains(u"GSM-7"_s));
        // The draft remembers this text as rewritten for SMS only.
        QVERIFY(draftEditor()->content().texts.value(u"sms"_s).contains(u"fixed soon"_s));

        // Undo takes every typed character back, one stack for the whole draft.
        QUndoStack* undo = draftEditor()->undoStack();
        QVERIFY(undo->count() > 0);
        while (undo->canUndo())
            undo->undo();
        QVERIFY(!editor()->toPlainText().contains(u"soon"_s));
        QVERIFY(!draftEditor()->content().texts.contains(u"sms"_s));
        QTRY_COMPARE(smsSegments(), before);
        QTRY_VERIFY(!hasFinding(u"vague-phrase"_s, ChannelKind::Sms));
        undo->redo();
        QVERIFY(!editor()->toPlainText().isEmpty());
        while (undo->canUndo())
            undo->undo();
    }

    void variableEditsUndoOnTheSameStack()
    {
        auto* service = qobject_cast<QLineEdit*>(draftEditor()->form()->editorFor(u"service"_s));
        QVERIFY(service);
        const QString original = service->text();
        service->setFocus();
        service->selectAll();
        QTest::keyClicks(service, u"the Checkout page"_s);
        QCOMPARE(service->text(), u"the Checkout page"_s);
        QTRY_VERIFY(sms()->findChild<QLabel*>(u"smsBubble"_s)->text().contains(u"Checkout page"_s));
        draftEditor()->undoStack()->undo(); // typing into one field merges into one step
        QCOMPARE(service->text(), original);
        draftEditor()->undoStack()->redo();
        QCOMPARE(service->text(), u"the Checkout page"_s);
        draftEditor()->undoStack()->undo();
    }

    void variableNamesComplete()
    {
        draftEditor()->showPart(u"body"_s);
        typeAtEnd(u" {{ ser"_s);
        QTRY_VERIFY(editor()->completer()->popup()->isVisible());
        QCOMPARE(editor()->completer()->currentCompletion(), u"service"_s);
        QTest::keyClick(editor()->completer()->popup(), Qt::Key_Return);
        QVERIFY(editor()->toPlainText().endsWith(u"{{ service"_s));
        while (draftEditor()->undoStack()->canUndo())
            draftEditor()->undoStack()->undo();
    }

    void unknownVariableIsUnderlinedAndBlocksSubmission()
    {
        draftEditor()->showPart(u"body"_s);
        editor()->setFocus();
        editor()->moveCursor(QTextCursor::End);
        QTest::keyClick(editor(), Qt::Key_Return);
        QTest::keyClicks(editor(), u"Call {{ hotline }} for help."_s);
        QTRY_VERIFY(hasFinding(u"template"_s, std::nullopt));
        const int lastLine = editor()->document()->blockCount();
        // The problem sits on the line typed, under the variable's name.
        const QTextBlock block = editor()->document()->findBlockByNumber(lastLine - 1);
        const int column = int(block.text().indexOf(u"hotline"_s));
        bool underlined = false;
        for (const QTextLayout::FormatRange& range : block.layout()->formats())
            if (range.format.underlineStyle() == QTextCharFormat::WaveUnderline && range.start <= column &&
                column < range.start + range.length)
                underlined = true;
        QVERIFY(underlined);
        Dialogs::takeShownErrors();
        Dialogs::setNextPassphrase(DemoSeeder::passphrase);
        m_workspace->actions()->submit();
        const QStringList errors = Dialogs::takeShownErrors();
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().contains(u"cannot be submitted"_s), qPrintable(errors.first()));
        QCOMPARE(m_session->store().drafts().byId(m_workspace->currentDraftId())->state, DraftState::Draft);
        while (draftEditor()->undoStack()->canUndo())
            draftEditor()->undoStack()->undo();
        QTRY_VERIFY(!hasFinding(u"template"_s, std::nullopt));
    }

    void misspeltProseIsMarkedButTagsAreNot()
    {
        QVERIFY2(editor()->highlighter()->spellCheckAvailable(), "no Sonnet dictionary for en_US");
        draftEditor()->showPart(u"body"_s);
        editor()->setFocus();
        editor()->moveCursor(QTextCursor::End);
        QTest::keyClick(editor(), Qt::Key_Return);
        QTest::keyClicks(editor(), u"We recieved {{ service }} reports."_s);
        const QTextBlock block = editor()->document()->lastBlock();
        const auto underlined = [&](const QString& word) {
            const int at = int(block.text().indexOf(word));
            for (const QTextLayout::FormatRange& range : block.layout()->formats())
                if (range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline &&
                    range.start <= at && at < range.start + range.length)
                    return true;
            return false;
        };
        QVERIFY(underlined(u"recieved"_s));
        QVERIFY(!underlined(u"reports"_s));
        QVERIFY(!underlined(u"service"_s)); // a variable name, not prose
        while (draftEditor()->undoStack()->canUndo())
            draftEditor()->undoStack()->undo();
    }

    void lookalikesAreReplacedInOneStep()
    {
        draftEditor()->showPart(u"sms"_s);
        editor()->moveCursor(QTextCursor::End);
        editor()->insertPlainText(u" We’re on it…"_s); // as pasted: keys cannot type these
        QTRY_VERIFY(smsEncoding().contains(u"UCS-2"_s));
        auto* replace = sms()->findChild<QPushButton*>(u"replaceLookalikesButton"_s);
        QTRY_VERIFY(replace->isVisible());
        const int steps = draftEditor()->undoStack()->count();
        QTest::mouseClick(replace, Qt::LeftButton);
        QVERIFY(editor()->toPlainText().endsWith(u"We're on it..."_s));
        QTRY_VERIFY(smsEncoding().contains(u"GSM-7"_s));
        QCOMPARE(draftEditor()->undoStack()->count(), steps + 1);
        draftEditor()->undoStack()->undo();
        QVERIFY(editor()->toPlainText().endsWith(u"We’re on it…"_s));
        while (draftEditor()->undoStack()->canUndo())
            draftEditor()->undoStack()->undo();
    }

    void savedTextsAreKeptPerRevision()
    {
        draftEditor()->showPart(u"sms"_s);
        typeAtEnd(u" Thank you."_s);
        m_workspace->save();
        const Draft draft = *m_session->store().drafts().byId(m_workspace->currentDraftId());
        const DraftContent saved = m_session->drafts().content(draft);
        QVERIFY(saved.texts.value(u"sms"_s).endsWith(u"Thank you."_s));
        const ComposedUpdate update = m_session->drafts().compose(draft, saved);
        QVERIFY(update.message(ChannelKind::Sms)->text.endsWith(u"Thank you."_s));
        // Other channels keep the template's text.
        QVERIFY(!update.message(ChannelKind::Email)->text.contains(u"Thank you."_s));
    }
};

QTEST_MAIN(DraftEditorTest)
#include "DraftEditorTest.moc"
