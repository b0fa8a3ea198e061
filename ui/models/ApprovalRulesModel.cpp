#include "models/ApprovalRulesModel.h"

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
template <typename E> QString keyOrEmpty(const std::optional<E>& value, QString (*key)(E))
{
    return value ? key(*value) : QString();
}

template <typename E> QString labelOrAny(const std::optional<E>& value, QString (*label)(E))
{
    return value ? label(*value) : ApprovalRulesModel::tr("any");
}
} // namespace

ApprovalRulesModel::ApprovalRulesModel(QObject* parent) : QAbstractTableModel(parent) {}

QList<std::pair<QString, QString>> ApprovalRulesModel::choices(int column)
{
    QList<std::pair<QString, QString>> list{{tr("any"), QString()}};
    if (column == AudienceColumn)
        for (Audience a : allAudiences())
            list.append({audienceLabel(a), audienceKey(a)});
    if (column == KindColumn)
        for (IncidentKind k : {IncidentKind::Incident, IncidentKind::Maintenance, IncidentKind::Security})
            list.append({incidentKindLabel(k), incidentKindKey(k)});
    if (column == SeverityColumn)
        for (Severity s : {Severity::Sev1, Severity::Sev2, Severity::Sev3, Severity::Sev4})
            list.append({tr("%1 or worse").arg(severityLabel(s)), severityKey(s)});
    return list;
}

void ApprovalRulesModel::setRules(const QList<ApprovalRule>& rules)
{
    beginResetModel();
    m_rules = rules;
    endResetModel();
}

void ApprovalRulesModel::addRule()
{
    beginInsertRows({}, 0, 0);
    ApprovalRule rule;
    rule.name = tr("New rule");
    m_rules.prepend(rule); // new rules are usually the specific ones, read first
    endInsertRows();
}

void ApprovalRulesModel::removeRule(int row)
{
    if (row < 0 || row >= m_rules.size())
        return;
    beginRemoveRows({}, row, row);
    m_rules.removeAt(row);
    endRemoveRows();
}

void ApprovalRulesModel::moveRule(int row, int delta)
{
    const int to = row + delta;
    if (row < 0 || row >= m_rules.size() || to < 0 || to >= m_rules.size() || delta == 0)
        return;
    beginMoveRows({}, row, row, {}, delta > 0 ? to + 1 : to);
    m_rules.move(row, to);
    endMoveRows();
}

int ApprovalRulesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rules.size());
}

int ApprovalRulesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApprovalRulesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rules.size())
        return {};
    const ApprovalRule& rule = m_rules.at(index.row());
    if (index.column() == ApproverRoleColumn && role == Qt::CheckStateRole)
        return rule.needsApproverRole ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case NameColumn:
            return rule.name;
        case AudienceColumn:
            return keyOrEmpty(rule.audience, audienceKey);
        case KindColumn:
            return keyOrEmpty(rule.kind, incidentKindKey);
        case SeverityColumn:
            return keyOrEmpty(rule.severityAtLeast, severityKey);
        case ChannelsColumn: {
            QStringList keys;
            for (ChannelKind channel : rule.channels)
                keys << channelKey(channel);
            return keys.join(u", "_s);
        }
        case ApprovalsColumn:
            return rule.approvals;
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return rule.name;
    case AudienceColumn:
        return labelOrAny(rule.audience, audienceLabel);
    case KindColumn:
        return labelOrAny(rule.kind, incidentKindLabel);
    case SeverityColumn:
        return rule.severityAtLeast ? tr("%1 or worse").arg(severityLabel(*rule.severityAtLeast)) : tr("any");
    case ChannelsColumn: {
        if (rule.channels.isEmpty())
            return tr("any");
        QStringList labels;
        for (ChannelKind channel : rule.channels)
            labels << channelLabel(channel);
        return labels.join(u", "_s);
    }
    case ApprovalsColumn:
        return rule.approvals == 0 ? tr("none") : QString::number(rule.approvals);
    }
    return {};
}

bool ApprovalRulesModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.row() >= m_rules.size() || !m_editable)
        return false;
    ApprovalRule& rule = m_rules[index.row()];
    const QString text = value.toString().trimmed();
    if (index.column() == ApproverRoleColumn && role == Qt::CheckStateRole)
        rule.needsApproverRole = value.toInt() == Qt::Checked;
    else if (role != Qt::EditRole)
        return false;
    else if (index.column() == NameColumn)
        rule.name = text;
    else if (index.column() == AudienceColumn)
        rule.audience = text.isEmpty() ? std::nullopt : audienceFromKey(text);
    else if (index.column() == KindColumn)
        rule.kind = text.isEmpty() ? std::nullopt : incidentKindFromKey(text);
    else if (index.column() == SeverityColumn)
        rule.severityAtLeast = text.isEmpty() ? std::nullopt : severityFromKey(text);
    else if (index.column() == ChannelsColumn) {
        QList<ChannelKind> channels;
        for (const QString& key : text.split(u',', Qt::SkipEmptyParts)) {
            const auto channel = channelFromKey(key.trimmed());
            if (!channel)
                return false; // the editor keeps the old value; the tooltip lists the keys
            channels << *channel;
        }
        rule.channels = channels;
    } else if (index.column() == ApprovalsColumn) {
        bool ok = false;
        const int approvals = text.toInt(&ok);
        if (!ok || approvals < 0 || approvals > 5)
            return false;
        rule.approvals = approvals;
    } else
        return false;
    Q_EMIT dataChanged(index, index);
    return true;
}

Qt::ItemFlags ApprovalRulesModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid() || !m_editable)
        return flags;
    return index.column() == ApproverRoleColumn ? flags | Qt::ItemIsUserCheckable
                                                : flags | Qt::ItemIsEditable;
}

QVariant ApprovalRulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return section + 1;
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Rule");
    case AudienceColumn:
        return tr("Audience");
    case KindColumn:
        return tr("Incident kind");
    case SeverityColumn:
        return tr("Severity");
    case ChannelsColumn:
        return tr("Only channels");
    case ApprovalsColumn:
        return tr("Approvals");
    case ApproverRoleColumn:
        return tr("Approver role");
    }
    return {};
}

} // namespace Herald
