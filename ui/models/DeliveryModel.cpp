#include "models/DeliveryModel.h"

#include "common/Palette.h"
#include "store/Store.h"

#include <QLocale>

namespace Herald {

DeliveryModel::DeliveryModel(const Store& store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
}

void DeliveryModel::setDraft(qint64 draftId)
{
    m_draftId = draftId;
    reload();
}

void DeliveryModel::reload()
{
    beginResetModel();
    m_rows = m_draftId ? m_store.deliveries().forDraft(m_draftId) : QList<Delivery>();
    m_endpoints.clear();
    if (!m_rows.isEmpty())
        for (const ChannelEndpoint& endpoint : m_store.endpoints().all())
            m_endpoints.insert(endpoint.id, endpoint);
    endResetModel();
}

int DeliveryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeliveryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeliveryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Delivery& d = m_rows.at(index.row());
    if (role == DeliveryIdRole)
        return d.id;
    if (role == StateRole)
        return int(d.state);
    if (role == Qt::ForegroundRole && index.column() == StateColumn) {
        if (d.state == DeliveryState::Delivered)
            return Palette::good();
        if (d.state == DeliveryState::Failed || d.state == DeliveryState::DeadLetter)
            return Palette::bad();
        return Palette::warning();
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case ChannelColumn:
        return channelLabel(d.channel);
    case TargetColumn: {
        // The endpoint's name says who, as people set it up; its address where, when it adds
        // something (one number of an SMS list) or on hover.
        QString who = d.target;
        if (const auto endpoint = m_endpoints.constFind(d.endpointId); endpoint != m_endpoints.cend()) {
            if (role == Qt::ToolTipRole)
                who = tr("%1\n%2").arg(endpoint->name, d.target);
            else
                who = endpoint->address == d.target ? endpoint->name
                                                    : tr("%1: %2").arg(endpoint->name, d.target);
        }
        return d.fallbackOf ? tr("%1 (fallback)").arg(who) : who;
    }
    case StateColumn:
        return deliveryStateLabel(d.state);
    case AttemptsColumn:
        return d.attempts;
    case DetailColumn:
        if (d.state == DeliveryState::Pending && d.attempts > 0)
            return tr("%1 · next try %2")
                .arg(d.lastError, QLocale().toString(d.nextAttemptAt.toLocalTime().time()));
        return d.lastError.isEmpty() ? d.providerReference : d.lastError;
    default:
        return {};
    }
}

QVariant DeliveryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ChannelColumn:
        return tr("Channel");
    case TargetColumn:
        return tr("Recipient");
    case StateColumn:
        return tr("State");
    case AttemptsColumn:
        return tr("Attempts");
    case DetailColumn:
        return tr("Detail");
    default:
        return {};
    }
}

} // namespace Herald
