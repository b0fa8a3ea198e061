#pragma once

#include "domain/Incident.h"

#include <QAbstractTableModel>

namespace Herald {

class Store;

// Incidents over the store: ongoing first, then recent. Columns: severity, title, status, started.
class IncidentListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SeverityColumn, TitleColumn, StatusColumn, StartedColumn, ColumnCount };
    enum Roles { IncidentIdRole = Qt::UserRole + 1 };

    explicit IncidentListModel(const Store& store, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload();
    const Incident* incidentAt(int row) const;
    int rowOf(qint64 incidentId) const;

private:
    const Store& m_store;
    QList<Incident> m_incidents;
};

} // namespace Herald
