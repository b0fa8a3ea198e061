#include "models/ApprovedTextModel.h"

#include "base/Clock.h"
#include "common/Palette.h"
#include "session/Session.h"

#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
// Version rows carry their audience's row + 1 as internal id; audience rows carry 0.
constexpr quintptr audienceRowId = 0;

bool sameVersions(const QList<ApprovedText>& a, const QList<ApprovedText>& b)
{
    return std::equal(
        a.begin(), a.end(), b.begin(), b.end(), [](const ApprovedText& x, const ApprovedText& y) {
            return x.approvalId == y.approvalId && x.sent == y.sent && x.approverName == y.approverName;
        });
}
} // namespace

ApprovedTextModel::ApprovedTextModel(Session& session, QObject* parent)
    : QAbstractItemModel(parent)
    , m_session(session)
{
    // Approvals come and go with edits, approvals and sends; a copy only appends to the timeline
    // and leaves the versions as they are, so reload() keeps the view still then.
    ChangeNotifier& notifier = session.notifier();
    connect(&notifier, &ChangeNotifier::draftChanged, this, [this](qint64, qint64 incidentId) {
        if (incidentId == m_incidentId)
            reload();
    });
    connect(&notifier, &ChangeNotifier::deliveriesChanged, this, [this](qint64, qint64 incidentId) {
        if (incidentId == m_incidentId)
            reload();
    });
    connect(&notifier, &ChangeNotifier::timelineAppended, this, [this](qint64 incidentId) {
        if (incidentId == m_incidentId)
            reload();
    });
}

QList<ApprovedTextModel::Group> ApprovedTextModel::read() const
{
    if (!m_incidentId)
        return {};
    const QList<ApprovedText> texts = m_session.copyDesk().versions(m_incidentId);
    QList<Group> groups;
    for (Audience audience : allAudiences()) {
        Group group{audience, {}};
        for (const ApprovedText& text : texts)
            if (text.audience == audience)
                group.texts << text;
        if (!group.texts.isEmpty())
            groups << group;
    }
    return groups;
}

void ApprovedTextModel::setIncident(qint64 incidentId)
{
    beginResetModel();
    m_incidentId = incidentId;
    m_groups = read();
    endResetModel();
}

void ApprovedTextModel::reload()
{
    QList<Group> groups = read();
    const bool same = std::equal(groups.begin(), groups.end(), m_groups.begin(), m_groups.end(),
                                 [](const Group& a, const Group& b) {
                                     return a.audience == b.audience && sameVersions(a.texts, b.texts);
                                 });
    if (same) {
        refreshTimes();
        return;
    }
    beginResetModel();
    m_groups = std::move(groups);
    endResetModel();
}

void ApprovedTextModel::refreshTimes()
{
    for (int group = 0; group < m_groups.size(); ++group) {
        const QModelIndex parent = index(group, 0);
        const int last = int(m_groups.at(group).texts.size()) - 1;
        Q_EMIT dataChanged(index(0, ApprovedColumn, parent), index(last, ApprovedColumn, parent),
                           {Qt::DisplayRole});
    }
}

const ApprovedText* ApprovedTextModel::textAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == audienceRowId)
        return nullptr;
    const Group& group = m_groups.at(int(index.internalId() - 1));
    return &group.texts.at(index.row());
}

QModelIndex ApprovedTextModel::indexOfApproval(qint64 approvalId) const
{
    for (int group = 0; group < m_groups.size(); ++group)
        for (int row = 0; row < m_groups.at(group).texts.size(); ++row)
            if (m_groups.at(group).texts.at(row).approvalId == approvalId)
                return createIndex(row, 0, quintptr(group + 1));
    return {};
}

QModelIndex ApprovedTextModel::latestOfGroup(int group) const
{
    if (group < 0 || group >= m_groups.size())
        return {};
    return createIndex(0, 0, quintptr(group + 1));
}

QModelIndex ApprovedTextModel::latestOf(Audience audience) const
{
    for (int group = 0; group < m_groups.size(); ++group)
        if (m_groups.at(group).audience == audience)
            return latestOfGroup(group);
    return {};
}

QModelIndex ApprovedTextModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, audienceRowId);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ApprovedTextModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == audienceRowId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, audienceRowId);
}

int ApprovedTextModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != audienceRowId)
        return 0;
    return int(m_groups.at(parent.row()).texts.size());
}

int ApprovedTextModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

Qt::ItemFlags ApprovedTextModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return textAt(index) ? flags | Qt::ItemNeverHasChildren : flags;
}

QString ApprovedTextModel::whenText(const QDateTime& at) const
{
    const QDateTime local = at.toLocalTime();
    const QDateTime now = m_session.clock().now();
    const bool today = local.date() == now.toLocalTime().date();
    const QString clock = QLocale().toString(local, today ? u"HH:mm"_s : u"yyyy-MM-dd HH:mm"_s);
    const qint64 minutes = at.secsTo(now) / 60;
    QString ago;
    if (minutes < 1)
        ago = tr("just now");
    else if (minutes < 60)
        ago = tr("%n min ago", nullptr, int(minutes));
    else if (minutes < 6 * 60 && minutes % 60)
        ago = tr("%1 h %2 min ago").arg(minutes / 60).arg(minutes % 60);
    else if (minutes < 48 * 60)
        ago = tr("%n h ago", nullptr, int(minutes / 60));
    else
        ago = tr("%n day(s) ago", nullptr, int(minutes / (24 * 60)));
    return tr("%1 (%2)").arg(clock, ago);
}

QVariant ApprovedTextModel::groupData(const Group& group, int column, int role) const
{
    if (role == Qt::DisplayRole && column == VersionColumn)
        return tr("%1 (%n approved)", nullptr, int(group.texts.size())).arg(audienceLabel(group.audience));
    if (role == Qt::FontRole && column == VersionColumn) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::ToolTipRole)
        return tr("Updates approved for %1, newest first").arg(audienceLabel(group.audience).toLower());
    return {};
}

QVariant ApprovedTextModel::textData(const ApprovedText& text, bool latest, int column, int role) const
{
    const bool emergency = text.kind == ApprovalKind::Emergency;
    switch (role) {
    case ApprovalIdRole:
        return text.approvalId;
    case DraftIdRole:
        return text.draftId;
    case RevisionRole:
        return text.revision;
    case LatestRole:
        return latest;
    case Qt::ToolTipRole:
        if (column == SentColumn && emergency)
            return tr("Sent before review, in an emergency, with a recorded reason; its after-send review "
                      "follows.");
        if (column == ApproverColumn && text.kind == ApprovalKind::Policy)
            return tr("The approval rules ask for no review of this update.");
        return text.title;
    case Qt::FontRole:
        if (latest && column == VersionColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (column == SentColumn)
            return emergency ? Palette::warning() : text.sent ? Palette::good() : Palette::muted();
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case VersionColumn:
        return latest ? tr("#%1 rev. %2 · Latest").arg(text.draftId).arg(text.revision)
                      : tr("#%1 rev. %2").arg(text.draftId).arg(text.revision);
    case ApprovedColumn:
        return whenText(text.approvedAt);
    case ApproverColumn:
        if (text.kind == ApprovalKind::Policy)
            return tr("Approval rules");
        return text.approverName;
    case SentColumn:
        if (emergency)
            return tr("⚠ Emergency send");
        return text.sent ? tr("Sent") : tr("Not sent yet");
    default:
        return {};
    }
}

QVariant ApprovedTextModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (const ApprovedText* text = textAt(index))
        return textData(*text, index.row() == 0, index.column(), role);
    return groupData(m_groups.at(index.row()), index.column(), role);
}

QVariant ApprovedTextModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case VersionColumn:
        return tr("Update");
    case ApprovedColumn:
        return tr("Approved");
    case ApproverColumn:
        return tr("By");
    case SentColumn:
        return tr("Sent");
    default:
        return {};
    }
}

} // namespace Herald
