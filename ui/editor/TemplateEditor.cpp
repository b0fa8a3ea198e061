#include "editor/TemplateEditor.h"

#include "editor/DocumentEditCommand.h"
#include "editor/TemplateHighlighter.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStringListModel>
#include <QTextBlock>
#include <QToolTip>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace Herald {

TemplateEditor::TemplateEditor(QUndoStack* undoStack, QWidget* parent, const QString& definition)
    : QPlainTextEdit(parent)
    , m_undoStack(undoStack)
    , m_highlighter(new TemplateHighlighter(document(), definition))
    , m_completer(new QCompleter(this))
    , m_names(new QStringListModel(this))
{
    setObjectName(u"templateEditor"_s);
    setTabChangesFocus(true);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_highlighter->applyThemeFor(palette());
    m_completer->setModel(m_names);
    m_completer->setWidget(this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this,
            &TemplateEditor::insertCompletion);
    // Every edit of the document becomes a step on the shared undo stack.
    connect(document(), &QTextDocument::undoCommandAdded, this, [this] {
        if (!m_loading)
            m_undoStack->push(new DocumentEditCommand(document(), tr("Edit text")));
    });
}

void TemplateEditor::load(const QString& text)
{
    m_loading = true;
    document()->setUndoRedoEnabled(false);
    setPlainText(text);
    document()->setUndoRedoEnabled(true); // clears the document's own history too
    m_loading = false;
}

void TemplateEditor::setVariableNames(const QStringList& names)
{
    m_names->setStringList(names);
}

void TemplateEditor::setProblems(const QList<TemplateProblem>& problems)
{
    m_problems = problems;
    m_highlighter->setProblems(problems);
}

QString TemplateEditor::wordBeforeCursor() const
{
    const QTextCursor cursor = textCursor();
    const QString line = cursor.block().text().left(cursor.positionInBlock());
    int start = int(line.size());
    while (start > 0 && (line.at(start - 1).isLetterOrNumber() || line.at(start - 1) == u'_' ||
                         line.at(start - 1) == u'.'))
        --start;
    return line.mid(start);
}

void TemplateEditor::showCompletions()
{
    m_completer->setCompletionPrefix(wordBeforeCursor());
    QRect rect = cursorRect();
    rect.setWidth(m_completer->popup()->sizeHintForColumn(0) +
                  m_completer->popup()->verticalScrollBar()->sizeHint().width() + 8);
    m_completer->complete(rect);
    // Enter takes the best match without a press of the arrow key first.
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
}

void TemplateEditor::insertCompletion(const QString& name)
{
    QTextCursor cursor = textCursor();
    cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, int(wordBeforeCursor().size()));
    cursor.insertText(name);
    setTextCursor(cursor);
}

void TemplateEditor::keyPressEvent(QKeyEvent* event)
{
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Tab:
        case Qt::Key_Escape:
            event->ignore(); // the completer's popup takes these
            return;
        default:
            break;
        }
    }
    // Undo and redo go through the shared stack so other draft edits interleave correctly.
    if (event->matches(QKeySequence::Undo)) {
        m_undoStack->undo();
        return;
    }
    if (event->matches(QKeySequence::Redo)) {
        m_undoStack->redo();
        return;
    }
    const bool explicitRequest = event->key() == Qt::Key_Space && (event->modifiers() & Qt::ControlModifier);
    if (!explicitRequest)
        QPlainTextEdit::keyPressEvent(event);
    // Completing is offered where a variable name is being typed: after "{{" or "{% if".
    static const QRegularExpression namePosition(
        u"(\\{\\{\\s*|\\{%\\s*(if|elif|with)\\s+(not\\s+)?)[\\w.]*$"_s);
    const QTextCursor cursor = textCursor();
    const QString before = cursor.block().text().left(cursor.positionInBlock());
    const bool atName = namePosition.match(before).hasMatch();
    const bool typedName = !event->text().isEmpty() && !event->text().at(0).isSpace();
    if (explicitRequest || (atName && (typedName || before.endsWith(u"{{"_s))))
        showCompletions();
    else if (m_completer->popup()->isVisible())
        m_completer->popup()->hide();
}

void TemplateEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        m_highlighter->applyThemeFor(palette());
    QPlainTextEdit::changeEvent(event);
}

bool TemplateEditor::event(QEvent* event)
{
    // The problem under the mouse, in words.
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const QTextCursor cursor = cursorForPosition(help->pos());
        const int line = cursor.blockNumber() + 1;
        const int column = cursor.positionInBlock() + 1;
        for (const TemplateProblem& p : std::as_const(m_problems)) {
            const int end = p.length > 0 ? p.column + p.length : INT_MAX;
            if (p.line == line && column >= p.column && column <= end) {
                QToolTip::showText(help->globalPos(), p.message, this);
                return true;
            }
        }
        QToolTip::hideText();
        return true;
    }
    return QPlainTextEdit::event(event);
}

} // namespace Herald
