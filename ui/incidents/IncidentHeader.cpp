#include "incidents/IncidentHeader.h"

#include "common/Dialogs.h"
#include "common/Palette.h"
#include "session/Session.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Herald {

IncidentHeader::IncidentHeader(Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    m_title = new QLabel;
    m_title->setObjectName(u"incidentTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_meta = new QLabel;
    m_meta->setTextFormat(Qt::RichText);
    m_statusCombo = new QComboBox;
    m_statusCombo->setObjectName(u"statusCombo"_s);
    auto* statusButton = new QPushButton(tr("Set Status"));
    statusButton->setObjectName(u"setStatusButton"_s);
    connect(statusButton, &QPushButton::clicked, this, &IncidentHeader::changeStatus);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title, 0, 0);
    layout->addWidget(m_meta, 1, 0);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(new QLabel(tr("Status:")));
    statusRow->addWidget(m_statusCombo);
    statusRow->addWidget(statusButton);
    layout->addLayout(statusRow, 0, 1, 2, 1, Qt::AlignRight | Qt::AlignVCenter);
    layout->setColumnStretch(0, 1);

    connect(&m_session.notifier(), &ChangeNotifier::incidentsChanged, this, [this](qint64 incidentId) {
        if (incidentId == m_incidentId)
            setIncident(incidentId);
    });
}

bool IncidentHeader::setIncident(qint64 incidentId)
{
    m_incidentId = incidentId;
    const auto incident = incidentId ? m_session.store().incidents().byId(incidentId) : std::nullopt;
    m_statusCombo->clear();
    if (!incident) {
        m_title->setText(tr("No incident selected"));
        m_meta->clear();
        return false;
    }
    m_title->setText(incident->drill ? tr("[Drill] %1").arg(incident->title) : incident->title);
    QStringList components;
    for (const AffectedComponent& c : incident->components)
        components << u"%1: %2"_s.arg(c.name.toHtmlEscaped(), componentImpactLabel(c.impact).toLower());
    const QString started = QLocale().toString(incident->startedAt.toLocalTime(), QLocale::ShortFormat);
    m_meta->setText(
        u"<span style='background:%1;color:white;'>&nbsp;%2&nbsp;</span>&nbsp; %3 · started %4 · %5"_s.arg(
            Palette::severityColor(incident->severity).name(),
            severityLabel(incident->severity).toHtmlEscaped(), incidentStatusLabel(incident->status), started,
            components.join(u", "_s)));
    for (IncidentStatus status : statusesOf(incident->kind))
        m_statusCombo->addItem(incidentStatusLabel(status), int(status));
    m_statusCombo->setCurrentIndex(m_statusCombo->findData(int(incident->status)));
    return true;
}

void IncidentHeader::changeStatus()
{
    if (!m_incidentId)
        return;
    const auto status = IncidentStatus(m_statusCombo->currentData().toInt());
    if (const auto error = Dialogs::attempt(this, tr("Change Status"), [&] {
            m_session.incidents().changeStatus(m_incidentId, status, m_actorId);
        }))
        Q_EMIT statusMessage(*error);
}

} // namespace Herald
