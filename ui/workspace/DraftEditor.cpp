#include "workspace/DraftEditor.h"

#include "editor/TemplateEditor.h"
#include "workspace/SetVariableCommand.h"
#include "workspace/VariableForm.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Herald {

DraftEditor::DraftEditor(QWidget* parent)
    : QWidget(parent)
    , m_undoStack(new QUndoStack(this))
    , m_form(new VariableForm)
    , m_partCombo(new QComboBox)
    , m_partNote(new QLabel)
    , m_editor(new TemplateEditor(m_undoStack))
{
    connect(m_form, &VariableForm::edited, this, [this] {
        if (!m_loading)
            Q_EMIT edited();
    });
    connect(m_form, &VariableForm::valueEdited, this,
            [this](const QString& name, const QString& oldValue, const QString& newValue) {
                m_undoStack->push(new SetVariableCommand(m_form, name, oldValue, newValue));
            });
    auto* formScroll = new QScrollArea;
    formScroll->setWidget(m_form);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    auto* formBox = new QGroupBox(tr("Fill in once, for every channel"));
    auto* formLayout = new QVBoxLayout(formBox);
    formLayout->setContentsMargins(6, 6, 6, 6);
    formLayout->addWidget(formScroll);

    m_partCombo->setObjectName(u"partCombo"_s);
    m_partCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_partCombo->setToolTip(tr("Which text of the template to rewrite for this update"));
    connect(m_partCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            showPart(m_partCombo->currentData().toString());
    });
    m_partNote->setObjectName(u"partNote"_s);
    m_partNote->setStyleSheet(u"color: palette(placeholder-text);"_s);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        storeEditorText();
        Q_EMIT edited();
    });
    auto* textBox = new QGroupBox(tr("Text"));
    auto* partRow = new QHBoxLayout;
    partRow->addWidget(new QLabel(tr("Rewrite:")));
    partRow->addWidget(m_partCombo, 1);
    auto* textLayout = new QVBoxLayout(textBox);
    textLayout->setContentsMargins(6, 6, 6, 6);
    textLayout->addLayout(partRow);
    textLayout->addWidget(m_partNote);
    textLayout->addWidget(m_editor, 1);

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(formBox);
    splitter->addWidget(textBox);
    // The blanks come first: most updates only fill them in.
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({420, 280});
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
}

void DraftEditor::setDraft(const MessageTemplate* messageTemplate, const QList<ChannelKind>& channels,
                           const DraftContent& content)
{
    m_loading = true;
    m_template = messageTemplate;
    m_texts = content.texts;
    m_form->setTemplate(messageTemplate, content.variables);
    QStringList names;
    if (messageTemplate)
        for (const TemplateVariable& v : messageTemplate->variables)
            names << v.name;
    names << u"incident.title"_s << u"incident.status"_s << u"incident.severity"_s << u"incident.affected"_s;
    m_editor->setVariableNames(names);
    m_partCombo->clear();
    m_partCombo->addItem(tr("Text for every channel"), u"body"_s);
    m_partCombo->addItem(tr("Subject and titles"), u"subject"_s);
    for (ChannelKind channel : channels)
        m_partCombo->addItem(tr("%1 only").arg(channelLabel(channel)), channelKey(channel));
    m_undoStack->clear();
    m_loading = false;
    showPart(m_partCombo->findData(m_part) >= 0 ? m_part : u"body"_s);
}

DraftContent DraftEditor::content() const
{
    DraftContent content(m_form->values());
    content.texts = m_texts;
    return content;
}

void DraftEditor::setReadOnly(bool readOnly)
{
    m_form->setReadOnly(readOnly);
    m_editor->setReadOnly(readOnly);
}

void DraftEditor::setProblems(const QList<TemplateProblem>& problems)
{
    m_editor->setProblems(problems);
}

QString DraftEditor::currentPart() const
{
    return m_part;
}

void DraftEditor::showPart(const QString& part)
{
    m_loading = true;
    m_part = part;
    const int index = m_partCombo->findData(part);
    if (index >= 0)
        m_partCombo->setCurrentIndex(index);
    const QString text = m_texts.contains(part) ? m_texts.value(part)
                         : m_template           ? DraftContent::originalText(*m_template, part)
                                                : QString();
    m_editor->load(text);
    m_editor->setEnabled(m_template != nullptr);
    m_partNote->setText(m_texts.contains(part) ? tr("rewritten for this update")
                                               : tr("as the template has it"));
    m_loading = false;
}

void DraftEditor::storeEditorText()
{
    if (!m_template)
        return;
    const QString text = m_editor->toPlainText();
    if (text == DraftContent::originalText(*m_template, m_part))
        m_texts.remove(m_part);
    else
        m_texts.insert(m_part, text);
    m_partNote->setText(m_texts.contains(m_part) ? tr("rewritten for this update")
                                                 : tr("as the template has it"));
}

void DraftEditor::transformAll(const QString& description,
                               const std::function<QString(const QString&)>& transform)
{
    m_undoStack->beginMacro(description);
    const QVariantMap values = m_form->values();
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QString before = it.value().toString();
        const QString after = transform(before);
        if (after != before) {
            m_form->setValue(it.key(), after);
            m_undoStack->push(new SetVariableCommand(m_form, it.key(), before, after));
        }
    }
    const QString text = m_editor->toPlainText();
    const QString replaced = transform(text);
    if (replaced != text) {
        QTextCursor cursor(m_editor->document());
        cursor.select(QTextCursor::Document);
        cursor.insertText(replaced); // the document's undo step joins the macro
    }
    m_undoStack->endMacro();
    Q_EMIT edited();
}

} // namespace Herald
