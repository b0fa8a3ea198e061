#include "models/TimelineModel.h"

#include "common/Palette.h"
#include "domain/TimelineEventType.h"
#include "store/Store.h"

#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Herald {

TimelineModel::TimelineModel(const Store& store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
}

void TimelineModel::setIncident(qint64 incidentId)
{
    beginResetModel();
    m_incidentId = incidentId;
    m_events = incidentId ? m_store.timeline().events(incidentId) : QList<TimelineEvent>();
    endResetModel();
}

void TimelineModel::setNewestFirst(bool newestFirst)
{
    if (newestFirst == m_newestFirst)
        return;
    beginResetModel();
    m_newestFirst = newestFirst;
    endResetModel();
}

void TimelineModel::refresh()
{
    if (!m_incidentId)
        return;
    // Only what was appended since the last read: the timeline never changes behind us.
    const qint64 last = m_events.isEmpty() ? 0 : m_events.last().sequence;
    const QList<TimelineEvent> added = m_store.timeline().events(m_incidentId, last);
    if (added.isEmpty())
        return;
    const int first = m_newestFirst ? 0 : int(m_events.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    m_events += added;
    endInsertRows();
}

int TimelineModel::storageIndex(int row) const
{
    return m_newestFirst ? int(m_events.size()) - 1 - row : row;
}

const TimelineEvent& TimelineModel::eventAt(int row) const
{
    return m_events.at(storageIndex(row));
}

int TimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int TimelineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size())
        return {};
    const TimelineEvent& event = eventAt(index.row());
    if (role == TypeRole)
        return event.type;
    if (role == SequenceRole)
        return event.sequence;
    // A send before review stands out on every column: it is what an auditor asks about first.
    if (event.type == TimelineEventType::DraftEmergencySent) {
        if (role == Qt::ForegroundRole)
            return Palette::bad();
        if (role == Qt::BackgroundRole) {
            QColor tint = Palette::bad();
            tint.setAlpha(40);
            return tint;
        }
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
    }
    if (role == Qt::ForegroundRole && index.column() == EventColumn) {
        if (event.type == TimelineEventType::DeliveryFailed ||
            event.type == TimelineEventType::DraftPartlyFailed ||
            event.type == TimelineEventType::ApprovalVoided ||
            event.type == TimelineEventType::ReviewEscalated)
            return Palette::bad();
        if (event.type == TimelineEventType::DraftApproved || event.type == TimelineEventType::DraftSent ||
            event.type == TimelineEventType::DeliveryDelivered ||
            event.type == TimelineEventType::AfterSendReviewed)
            return Palette::good();
        if (event.type == TimelineEventType::DeliveryAttempted ||
            event.type == TimelineEventType::DraftChangesRequested ||
            event.type == TimelineEventType::ApprovalRecorded)
            return Palette::warning();
    }
    if (role == Qt::ToolTipRole)
        return tr("#%1 · %2 · hash %3")
            .arg(event.sequence)
            .arg(event.type, QString::fromLatin1(event.hash.left(16)));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(event.at.toLocalTime(), u"yyyy-MM-dd HH:mm:ss"_s);
    case ActorColumn:
        return event.actorName;
    case EventColumn:
        return event.summary;
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("Who");
    case EventColumn:
        return tr("What happened");
    default:
        return {};
    }
}

} // namespace Herald
