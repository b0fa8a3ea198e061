#include "checks/FindingModel.h"

#include "common/Palette.h"

#include <QIcon>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
QString excerptOf(const Finding& finding, const ComposedUpdate& update)
{
    if (!finding.channel || finding.end <= finding.start)
        return {};
    const ChannelMessage* message = update.message(*finding.channel);
    if (!message)
        return {};
    const QString& text = finding.part == u"title"_s ? message->title : message->text;
    QString excerpt = text.mid(finding.start, finding.end - finding.start).simplified();
    if (excerpt.size() > 60)
        excerpt = excerpt.left(59) + u'…';
    return excerpt;
}
} // namespace

void FindingModel::setFindings(const QList<Finding>& findings, const ComposedUpdate& update)
{
    beginResetModel();
    m_findings = findings;
    m_excerpts.clear();
    for (const Finding& finding : findings)
        m_excerpts << excerptOf(finding, update);
    endResetModel();
}

int FindingModel::blockingCount() const
{
    return int(
        std::count_if(m_findings.cbegin(), m_findings.cend(), [](const Finding& f) { return f.blocks(); }));
}

int FindingModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Finding& f = m_findings.at(index.row());
    if (role == FindingIndexRole)
        return index.row();
    if (role == RuleRole)
        return f.rule;
    switch (index.column()) {
    case SeverityColumn:
        if (role == Qt::DisplayRole)
            return f.severity == Finding::Severity::Blocking  ? tr("Blocks")
                   : f.severity == Finding::Severity::Warning ? tr("Warning")
                                                              : tr("Note");
        if (role == Qt::DecorationRole)
            return QIcon::fromTheme(f.severity == Finding::Severity::Blocking  ? u"dialog-error"_s
                                    : f.severity == Finding::Severity::Warning ? u"dialog-warning"_s
                                                                               : u"dialog-information"_s);
        if (role == Qt::ForegroundRole && f.blocks())
            return Palette::bad();
        break;
    case ChannelColumn:
        if (role == Qt::DisplayRole)
            return f.channel ? channelLabel(*f.channel) : tr("All channels");
        break;
    case MessageColumn:
        if (role == Qt::DisplayRole) {
            const QString& excerpt = m_excerpts.at(index.row());
            return excerpt.isEmpty() ? f.message : u"%1 — “%2”"_s.arg(f.message, excerpt);
        }
        if (role == Qt::ToolTipRole)
            return f.message;
        break;
    default:
        break;
    }
    return {};
}

QVariant FindingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case ChannelColumn:
        return tr("Channel");
    case MessageColumn:
        return tr("Finding");
    default:
        return {};
    }
}

} // namespace Herald
