#pragma once

#include <QStyledItemDelegate>

namespace Herald {

// Edits a cell by picking one of fixed choices (label shown, key stored as the EditRole).
class ChoiceDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    ChoiceDelegate(QList<std::pair<QString, QString>> choices, QObject* parent = nullptr)
        : QStyledItemDelegate(parent)
        , m_choices(std::move(choices))
    {
    }

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    QList<std::pair<QString, QString>> m_choices;
};

} // namespace Herald
