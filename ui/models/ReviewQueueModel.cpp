#include "models/ReviewQueueModel.h"

#include "base/Clock.h"
#include "common/Palette.h"
#include "identity/ActingPerson.h"
#include "session/Session.h"

#include <QFont>

using namespace Qt::StringLiterals;

namespace Herald {

ReviewQueueModel::ReviewQueueModel(Session& session, ActingPerson& acting, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_acting(acting)
{
    ChangeNotifier& notifier = session.notifier();
    connect(&notifier, &ChangeNotifier::draftChanged, this, &ReviewQueueModel::reload);
    connect(&notifier, &ChangeNotifier::reviewsChanged, this, &ReviewQueueModel::reload);
    connect(&notifier, &ChangeNotifier::peopleChanged, this, &ReviewQueueModel::reload);
    connect(&acting, &ActingPerson::changed, this, &ReviewQueueModel::reload);
    reload();
}

void ReviewQueueModel::reload()
{
    beginResetModel();
    m_personId = m_acting.personId();
    m_items = m_personId ? m_session.reviews().queueFor(m_personId) : QList<ReviewItem>{};
    endResetModel();
    Q_EMIT reloaded();
}

void ReviewQueueModel::refreshTimes()
{
    if (m_items.isEmpty())
        return;
    // Overdue is decided against the clock too: recompute it, then redraw the due column.
    const QDateTime now = m_session.clock().now();
    for (ReviewItem& item : m_items)
        item.overdue = item.review.dueAt <= now;
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ReviewQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ReviewQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const ReviewItem* ReviewQueueModel::itemAt(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

int ReviewQueueModel::rowOfDraft(qint64 draftId) const
{
    for (int i = 0; i < m_items.size(); ++i)
        if (m_items.at(i).draft.id == draftId)
            return i;
    return -1;
}

QString ReviewQueueModel::dueText(const QDateTime& due, const QDateTime& now)
{
    const qint64 seconds = now.secsTo(due);
    const auto span = [](qint64 minutes) {
        return minutes < 60 ? tr("%n min", nullptr, int(minutes))
                            : tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    };
    if (seconds > 0)
        return tr("due in %1").arg(span((seconds + 59) / 60)); // 30 s left reads "1 min"
    const qint64 late = -seconds / 60;
    return late == 0 ? tr("due now") : tr("overdue by %1").arg(span(late));
}

QVariant ReviewQueueModel::data(const QModelIndex& index, int role) const
{
    const ReviewItem* item = index.isValid() ? itemAt(index.row()) : nullptr;
    if (!item)
        return {};
    const bool afterSend = item->review.kind == ReviewKind::AfterSend;
    switch (role) {
    case DraftIdRole:
        return item->draft.id;
    case ReviewIdRole:
        return item->review.id;
    case OverdueRole:
        return item->overdue;
    case EscalatedRole:
        return item->escalatedToMe;
    case Qt::ToolTipRole:
        return tr("%1 (%2)\nUpdate #%3 by %4\n%5")
            .arg(item->incident.title, severityLabel(item->incident.severity))
            .arg(item->draft.id)
            .arg(item->authorName, item->escalatedToMe
                                       ? tr("Overdue: escalated to you as the backup approver.")
                                   : afterSend ? tr("Sent in an emergency: it needs a review after sending.")
                                               : tr("Needs your approval before it can be sent."));
    default:
        break;
    }
    switch (index.column()) {
    case IncidentColumn:
        if (role == Qt::DisplayRole)
            return item->incident.drill ? tr("[Drill] %1").arg(item->incident.title) : item->incident.title;
        if (role == Qt::DecorationRole)
            return Palette::severityColor(item->incident.severity);
        break;
    case UpdateColumn:
        if (role == Qt::DisplayRole)
            return u"#%1"_s.arg(item->draft.id);
        break;
    case KindColumn:
        if (role == Qt::DisplayRole)
            return afterSend ? tr("After-send review") : tr("Approval");
        if (role == Qt::ForegroundRole && afterSend)
            return Palette::warning();
        break;
    case AuthorColumn:
        if (role == Qt::DisplayRole)
            return item->authorName;
        break;
    case DueColumn:
        if (role == Qt::DisplayRole) {
            const QString due = dueText(item->review.dueAt, m_session.clock().now());
            return item->escalatedToMe ? tr("%1 · escalated to you").arg(due) : due;
        }
        if (role == Qt::ForegroundRole && item->overdue)
            return Palette::bad();
        if (role == Qt::FontRole && (item->overdue || item->escalatedToMe)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (role == Qt::DecorationRole && item->escalatedToMe)
            return QIcon::fromTheme(u"go-up"_s);
        break;
    case ApprovalsColumn:
        if (role == Qt::DisplayRole)
            return afterSend ? tr("sent") // nothing to count: it went out already
                             : tr("%1 of %2")
                                   .arg(item->progress.approvers.size())
                                   .arg(item->progress.requirement.approvals);
        break;
    default:
        break;
    }
    return {};
}

QVariant ReviewQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IncidentColumn:
        return tr("Incident");
    case UpdateColumn:
        return tr("Update");
    case KindColumn:
        return tr("Kind");
    case AuthorColumn:
        return tr("Written by");
    case DueColumn:
        return tr("Due");
    case ApprovalsColumn:
        return tr("Approvals");
    default:
        return {};
    }
}

} // namespace Herald
