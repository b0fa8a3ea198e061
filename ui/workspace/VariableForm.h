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

Q_SIGNALS:
    void edited();

private:
    QFormLayout* m_layout;
    QHash<QString, QWidget*> m_editors;
    QStringList m_order;
};

} // namespace Herald
