#include "models/TemplateListModel.h"

#include "templating/TemplateLibrary.h"

#include <QIcon>

using namespace Qt::StringLiterals;

namespace Herald {

TemplateListModel::TemplateListModel(const TemplateLibrary& library, QObject* parent)
    : QAbstractListModel(parent)
    , m_library(library)
{
    reload();
}

void TemplateListModel::reload()
{
    beginResetModel();
    m_order.clear();
    for (int i = 0; i < m_library.templates().size(); ++i)
        m_order << i;
    const auto& all = m_library.templates();
    std::sort(m_order.begin(), m_order.end(),
              [&](int a, int b) { return all.at(a).name.localeAwareCompare(all.at(b).name) < 0; });
    endResetModel();
}

int TemplateListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

QVariant TemplateListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const MessageTemplate& t = m_library.templates().at(m_order.at(index.row()));
    const bool stored = t.stored;
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1\n%2 · version %3 · %4")
            .arg(t.name, t.id)
            .arg(t.version)
            .arg(stored ? tr("written in Herald") : tr("shipped"));
    case Qt::ToolTipRole:
        return tr("%1 · for %2 · status %3")
            .arg(t.scenario, audienceLabel(t.audience), incidentStatusLabel(t.status));
    case Qt::DecorationRole:
        return QIcon::fromTheme(stored ? u"document-edit"_s : u"text-x-generic-template"_s);
    case TemplateIdRole:
        return t.id;
    case VersionRole:
        return t.version;
    default:
        return {};
    }
}

int TemplateListModel::rowOf(const QString& id) const
{
    for (int row = 0; row < m_order.size(); ++row)
        if (m_library.templates().at(m_order.at(row)).id == id)
            return row;
    return -1;
}

} // namespace Herald
