#include "incidents/NewIncidentDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Herald {

NewIncidentDialog::NewIncidentDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("New Incident"));
    m_title = new QLineEdit;
    m_title->setObjectName(u"incidentTitleEdit"_s);
    m_title->setPlaceholderText(tr("e.g. Payments API partial outage"));
    m_kind = new QComboBox;
    m_kind->addItem(incidentKindLabel(IncidentKind::Incident), int(IncidentKind::Incident));
    m_kind->addItem(incidentKindLabel(IncidentKind::Maintenance), int(IncidentKind::Maintenance));
    m_severity = new QComboBox;
    m_severity->setObjectName(u"severityCombo"_s);
    for (Severity s : {Severity::Sev1, Severity::Sev2, Severity::Sev3, Severity::Sev4})
        m_severity->addItem(severityLabel(s), int(s));
    m_severity->setCurrentIndex(2);
    m_components = new QLineEdit;
    m_components->setObjectName(u"componentsEdit"_s);
    m_components->setPlaceholderText(tr("Comma-separated, e.g. Payments API, Checkout"));
    m_impact = new QComboBox;
    for (ComponentImpact i : {ComponentImpact::DegradedPerformance, ComponentImpact::PartialOutage,
                              ComponentImpact::MajorOutage, ComponentImpact::UnderMaintenance})
        m_impact->addItem(componentImpactLabel(i), int(i));
    m_impact->setCurrentIndex(1);
    m_drill = new QCheckBox(tr("This is a drill (marked [DRILL] everywhere)"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Open Incident"));
    ok->setEnabled(false);
    connect(m_title, &QLineEdit::textChanged, ok,
            [ok](const QString& t) { ok->setEnabled(!t.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout(this);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Severity:"), m_severity);
    form->addRow(tr("&Affected:"), m_components);
    form->addRow(tr("&Impact:"), m_impact);
    form->addRow(QString(), m_drill);
    form->addRow(buttons);
    resize(480, sizeHint().height());
}

Incident NewIncidentDialog::incident() const
{
    Incident incident;
    incident.title = m_title->text().trimmed();
    incident.kind = IncidentKind(m_kind->currentData().toInt());
    incident.severity = Severity(m_severity->currentData().toInt());
    incident.status = statusesOf(incident.kind).first();
    incident.drill = m_drill->isChecked();
    const auto impact = ComponentImpact(m_impact->currentData().toInt());
    const QStringList names = m_components->text().split(u',', Qt::SkipEmptyParts);
    for (const QString& name : names)
        if (!name.trimmed().isEmpty())
            incident.components << AffectedComponent{name.trimmed(), impact};
    return incident;
}

} // namespace Herald
