#pragma once

#include "domain/ApprovalRule.h"

#include <QAbstractTableModel>

namespace Herald {

// The approval rules being edited, one per row, in the order they are read (first match wins).
// Condition columns hold "any" or one key; channels are edited as a comma-separated key list.
class ApprovalRulesModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        AudienceColumn,
        KindColumn,
        SeverityColumn,
        ChannelsColumn,
        ApprovalsColumn,
        ApproverRoleColumn,
        ColumnCount
    };
    // For condition columns: the choices as (label, key); an empty key means "any".
    static QList<std::pair<QString, QString>> choices(int column);

    explicit ApprovalRulesModel(QObject* parent = nullptr);
    void setRules(const QList<ApprovalRule>& rules);
    const QList<ApprovalRule>& rules() const { return m_rules; }
    void addRule();
    void removeRule(int row);
    void moveRule(int row, int delta);
    void setEditable(bool editable) { m_editable = editable; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ApprovalRule> m_rules;
    bool m_editable = true;
};

} // namespace Herald
