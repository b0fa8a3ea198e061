#pragma once

#include <QPointer>
#include <QUndoCommand>

namespace Herald {

class VariableForm;

// One change of a variable's value. Typing into the same field merges into one step, as
// typing into a text editor does.
class SetVariableCommand final : public QUndoCommand {
public:
    SetVariableCommand(VariableForm* form, const QString& name, const QString& oldValue,
                       const QString& newValue);
    void undo() override;
    void redo() override;
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    QPointer<VariableForm> m_form;
    QString m_name;
    QString m_old;
    QString m_new;
    bool m_done = true; // pushed after the edit: the first redo() does nothing
};

} // namespace Herald
