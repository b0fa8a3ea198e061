#pragma once

#include "domain/ChannelEndpoint.h"
#include "domain/Delivery.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Herald {

class Store;

// The outbox rows of one update: live per-channel, per-target progress.
class DeliveryModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ChannelColumn, TargetColumn, StateColumn, AttemptsColumn, DetailColumn, ColumnCount };
    enum Roles { DeliveryIdRole = Qt::UserRole + 1, StateRole };

    explicit DeliveryModel(const Store& store, QObject* parent = nullptr);
    void setDraft(qint64 draftId);
    void reload();
    const QList<Delivery>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const Store& m_store;
    qint64 m_draftId = 0;
    QList<Delivery> m_rows;
    QHash<qint64, ChannelEndpoint> m_endpoints; // by id: recipients are named as people set them up
};

} // namespace Herald
