#pragma once

#include "domain/DraftContent.h"
#include "templating/TemplateProblem.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QUndoStack;

namespace Herald {

class TemplateEditor;
class VariableForm;

// What the author of an update edits: the template's variables, filled once for every
// channel, and the template texts themselves (the base text, the subject or one channel's own
// text), rewritten for this update only. Every edit is a step on one undo stack.
class DraftEditor final : public QWidget {
    Q_OBJECT
public:
    explicit DraftEditor(QWidget* parent = nullptr);

    // nullptr: nothing to edit. The channels decide which channel texts can be rewritten.
    void setDraft(const MessageTemplate* messageTemplate, const QList<ChannelKind>& channels,
                  const DraftContent& content);
    DraftContent content() const;
    void setReadOnly(bool readOnly);
    // Template problems of the text being edited, underlined at their line and column.
    void setProblems(const QList<TemplateProblem>& problems);
    // Shows one text part ("body", "subject" or a channel key) in the editor.
    void showPart(const QString& part);
    QString currentPart() const;
    // Applies a text transformation to every value and the text in the editor, as one undo step.
    void transformAll(const QString& description, const std::function<QString(const QString&)>& transform);

    QUndoStack* undoStack() const { return m_undoStack; }
    TemplateEditor* editor() const { return m_editor; }
    VariableForm* form() const { return m_form; }

Q_SIGNALS:
    void edited();

private:
    void storeEditorText();

    QUndoStack* m_undoStack;
    VariableForm* m_form;
    QComboBox* m_partCombo;
    QLabel* m_partNote;
    TemplateEditor* m_editor;
    const MessageTemplate* m_template = nullptr;
    QMap<QString, QString> m_texts;
    QString m_part = QStringLiteral("body");
    bool m_loading = false;
};

} // namespace Herald
