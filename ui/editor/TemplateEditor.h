#pragma once

#include "templating/TemplateProblem.h"

#include <QPlainTextEdit>

class QCompleter;
class QStringListModel;
class QUndoStack;

namespace Herald {

class TemplateHighlighter;

// Where an author writes template text: highlighted as Markdown with template tags, spell
// checked, problems underlined at their line and column, variable names completed after
// "{{" or on Ctrl+Space, and every edit on the given undo stack.
class TemplateEditor final : public QPlainTextEdit {
    Q_OBJECT
public:
    // definition: the syntax to highlight (KSyntaxHighlighting name); template text by default.
    explicit TemplateEditor(QUndoStack* undoStack, QWidget* parent = nullptr,
                            const QString& definition = QStringLiteral("Herald Template"));

    // Replaces the text without an undo step (loading, not editing).
    void load(const QString& text);
    void setVariableNames(const QStringList& names);
    void setProblems(const QList<TemplateProblem>& problems);
    TemplateHighlighter* highlighter() const { return m_highlighter; }
    QCompleter* completer() const { return m_completer; }

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool event(QEvent* event) override;

private:
    QString wordBeforeCursor() const;
    void showCompletions();
    void insertCompletion(const QString& name);

    QUndoStack* m_undoStack;
    TemplateHighlighter* m_highlighter;
    QCompleter* m_completer;
    QStringListModel* m_names;
    QList<TemplateProblem> m_problems;
    bool m_loading = false;
};

} // namespace Herald
