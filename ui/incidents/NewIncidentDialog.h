#pragma once

#include "domain/Incident.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace Herald {

// Open an incident: title, kind, severity, affected components and their impact, drill flag.
class NewIncidentDialog final : public QDialog {
    Q_OBJECT
public:
    explicit NewIncidentDialog(QWidget* parent = nullptr);
    Incident incident() const;

private:
    QLineEdit* m_title;
    QComboBox* m_kind;
    QComboBox* m_severity;
    QLineEdit* m_components;
    QComboBox* m_impact;
    QCheckBox* m_drill;
};

} // namespace Herald
