#include "workspace/SetVariableCommand.h"

#include "workspace/VariableForm.h"

#include <QCoreApplication>

namespace Herald {

SetVariableCommand::SetVariableCommand(VariableForm* form, const QString& name, const QString& oldValue,
                                       const QString& newValue)
    : QUndoCommand(QCoreApplication::translate("SetVariableCommand", "Edit “%1”").arg(name))
    , m_form(form)
    , m_name(name)
    , m_old(oldValue)
    , m_new(newValue)
{
}

void SetVariableCommand::undo()
{
    if (m_form)
        m_form->setValue(m_name, m_old);
    m_done = false;
}

void SetVariableCommand::redo()
{
    if (!m_done && m_form)
        m_form->setValue(m_name, m_new);
    m_done = true;
}

bool SetVariableCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const SetVariableCommand*>(other);
    if (next->m_name != m_name || next->m_form != m_form)
        return false;
    m_new = next->m_new;
    return true;
}

} // namespace Herald
