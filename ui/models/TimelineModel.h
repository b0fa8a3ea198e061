#pragma once

#include "domain/TimelineEvent.h"

#include <QAbstractTableModel>

namespace Herald {

class Store;

// One incident's timeline (or all events). The timeline only grows, so refresh() inserts the
// new events where they belong instead of resetting the view.
class TimelineModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TimeColumn, ActorColumn, EventColumn, ColumnCount };
    enum Roles { TypeRole = Qt::UserRole + 1, SequenceRole };

    explicit TimelineModel(const Store& store, QObject* parent = nullptr);

    void setIncident(qint64 incidentId);
    void setNewestFirst(bool newestFirst);
    bool newestFirst() const { return m_newestFirst; }
    void refresh();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const TimelineEvent& eventAt(int row) const;

private:
    int storageIndex(int row) const;

    const Store& m_store;
    qint64 m_incidentId = 0;
    bool m_newestFirst = true;
    QList<TimelineEvent> m_events; // chain order
};

} // namespace Herald
