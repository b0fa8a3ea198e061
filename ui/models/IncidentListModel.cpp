#include "models/IncidentListModel.h"

#include "common/Palette.h"
#include "store/Store.h"

#include <QLocale>

namespace Herald {

IncidentListModel::IncidentListModel(const Store& store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    reload();
}

void IncidentListModel::reload()
{
    beginResetModel();
    m_incidents = m_store.incidents().all();
    endResetModel();
}

int IncidentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_incidents.size());
}

int IncidentListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Incident* IncidentListModel::incidentAt(int row) const
{
    return row >= 0 && row < m_incidents.size() ? &m_incidents.at(row) : nullptr;
}

int IncidentListModel::rowOf(qint64 incidentId) const
{
    for (int i = 0; i < m_incidents.size(); ++i)
        if (m_incidents.at(i).id == incidentId)
            return i;
    return -1;
}

QVariant IncidentListModel::data(const QModelIndex& index, int role) const
{
    const Incident* incident = index.isValid() ? incidentAt(index.row()) : nullptr;
    if (!incident)
        return {};
    if (role == IncidentIdRole)
        return incident->id;
    if (role == Qt::ToolTipRole)
        return tr("%1\n%2 · %3")
            .arg(incident->title, severityLabel(incident->severity), incidentStatusLabel(incident->status));
    switch (index.column()) {
    case SeverityColumn:
        if (role == Qt::DisplayRole)
            return severityKey(incident->severity).toUpper();
        if (role == Qt::DecorationRole)
            return Palette::severityColor(incident->severity);
        break;
    case TitleColumn:
        if (role == Qt::DisplayRole)
            return incident->drill ? tr("[Drill] %1").arg(incident->title) : incident->title;
        if (role == Qt::FontRole && incident->isOngoing()) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case StatusColumn:
        if (role == Qt::DisplayRole)
            return incidentStatusLabel(incident->status);
        if (role == Qt::ForegroundRole && !incident->isOngoing())
            return Palette::muted();
        break;
    case StartedColumn:
        if (role == Qt::DisplayRole)
            return QLocale().toString(incident->startedAt.toLocalTime(), QLocale::ShortFormat);
        break;
    default:
        break;
    }
    return {};
}

QVariant IncidentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Sev");
    case TitleColumn:
        return tr("Incident");
    case StatusColumn:
        return tr("Status");
    case StartedColumn:
        return tr("Started");
    default:
        return {};
    }
}

} // namespace Herald
