#include "workspace/VariableForm.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace Herald {

VariableForm::VariableForm(QWidget* parent) : QWidget(parent), m_layout(new QFormLayout(this))
{
    m_layout->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_layout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
}

void VariableForm::setTemplate(const MessageTemplate* messageTemplate, const QVariantMap& values)
{
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);
    m_editors.clear();
    m_order.clear();
    m_values.clear();
    if (!messageTemplate)
        return;
    for (const TemplateVariable& variable : messageTemplate->variables) {
        const QString value = values.value(variable.name).toString();
        QWidget* editor = nullptr;
        if (variable.type == TemplateVariable::Type::MultilineText) {
            auto* edit = new QPlainTextEdit(value);
            edit->setPlaceholderText(variable.example);
            edit->setTabChangesFocus(true);
            edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
            connect(edit, &QPlainTextEdit::textChanged, this,
                    [this, edit, name = variable.name] { fieldChanged(name, edit->toPlainText()); });
            editor = edit;
        } else {
            auto* edit = new QLineEdit(value);
            edit->setCursorPosition(0); // show the start of a long value, not its end
            edit->setPlaceholderText(variable.example);
            connect(edit, &QLineEdit::textChanged, this,
                    [this, name = variable.name](const QString& text) { fieldChanged(name, text); });
            editor = edit;
        }
        editor->setObjectName(u"var_"_s + variable.name);
        editor->setToolTip(variable.description);
        editor->setAccessibleName(variable.label);
        auto* label = new QLabel(variable.required ? variable.label + u" *"_s : variable.label);
        label->setBuddy(editor);
        label->setToolTip(variable.description);
        m_layout->addRow(label, editor);
        m_editors.insert(variable.name, editor);
        m_order << variable.name;
        m_values.insert(variable.name, value);
    }
}

void VariableForm::fieldChanged(const QString& name, const QString& value)
{
    const QString old = m_values.value(name);
    m_values.insert(name, value);
    if (!m_applying && old != value)
        Q_EMIT valueEdited(name, old, value);
    Q_EMIT edited();
}

void VariableForm::setValue(const QString& name, const QString& value)
{
    QWidget* editor = m_editors.value(name);
    m_applying = true;
    if (auto* line = qobject_cast<QLineEdit*>(editor))
        line->setText(value);
    else if (auto* text = qobject_cast<QPlainTextEdit*>(editor))
        text->setPlainText(value);
    m_applying = false;
}

QVariantMap VariableForm::values() const
{
    QVariantMap values;
    for (const QString& name : m_order) {
        QWidget* editor = m_editors.value(name);
        if (auto* line = qobject_cast<QLineEdit*>(editor))
            values.insert(name, line->text());
        else if (auto* text = qobject_cast<QPlainTextEdit*>(editor))
            values.insert(name, text->toPlainText());
    }
    return values;
}

void VariableForm::setReadOnly(bool readOnly)
{
    for (QWidget* editor : std::as_const(m_editors)) {
        if (auto* line = qobject_cast<QLineEdit*>(editor))
            line->setReadOnly(readOnly);
        else if (auto* text = qobject_cast<QPlainTextEdit*>(editor))
            text->setReadOnly(readOnly);
    }
}

} // namespace Herald
