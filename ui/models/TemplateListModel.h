#pragma once

#include <QAbstractListModel>

namespace Herald {

class TemplateLibrary;

// The templates people can start from, shipped and their own, by name.
class TemplateListModel final : public QAbstractListModel {
    Q_OBJECT
public:
    enum Roles { TemplateIdRole = Qt::UserRole + 1, VersionRole };

    explicit TemplateListModel(const TemplateLibrary& library, QObject* parent = nullptr);
    // Call after the library changed (TemplateService reloads it).
    void reload();
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    int rowOf(const QString& id) const;

private:
    const TemplateLibrary& m_library;
    QList<int> m_order; // library indexes sorted by name
};

} // namespace Herald
