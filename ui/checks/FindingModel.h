#pragma once

#include "channels/ComposedUpdate.h"
#include "checks/Finding.h"

#include <QAbstractTableModel>

namespace Herald {

// The wording findings of the update being edited: severity, channel, what is wrong, and the
// words it is about. Rebuilt on every preview refresh; rows stay cheap.
class FindingModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SeverityColumn, ChannelColumn, MessageColumn, ColumnCount };
    enum Role { FindingIndexRole = Qt::UserRole + 1, RuleRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setFindings(const QList<Finding>& findings, const ComposedUpdate& update);
    const QList<Finding>& findings() const { return m_findings; }
    int blockingCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Finding> m_findings;
    QStringList m_excerpts; // the words each finding points at, cut from the rendered text
};

} // namespace Herald
