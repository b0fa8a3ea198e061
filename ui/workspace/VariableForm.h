#pragma once

#include "domain/MessageTemplate.h"

#include <QHash>
#include <QVariantMap>
#include <QWidget>

class QFormLayout;

namespace Herald {

// One editor per template variable, labelled as the template says, filled once for all channels.
class VariableForm final : public QWidget {
    Q_OBJECT
public:
    explicit VariableForm(QWidget* parent = nullptr);
    void setTemplate(const MessageTemplate* messageTemplate, const QVariantMap& values);
    QVariantMap values() const;
    void setReadOnly(bool readOnly);
    QWidget* editorFor(const QString& name) const { return m_editors.value(name); }
    // Sets one value as if typed, without reporting it as a person's edit (undo, redo).
    void setValue(const QString& name, const QString& value);

Q_SIGNALS:
    void edited();
    // A person changed one value; old and new let the edit go on an undo stack.
    void valueEdited(const QString& name, const QString& oldValue, const QString& newValue);

private:
    void fieldChanged(const QString& name, const QString& value);

    QFormLayout* m_layout;
    QHash<QString, QWidget*> m_editors;
    QStringList m_order;
    QHash<QString, QString> m_values; // as last reported, to know what an edit replaced
    bool m_applying = false;
};

} // namespace Herald
