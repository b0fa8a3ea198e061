#pragma once

#include "domain/Person.h"

#include <QAbstractListModel>

namespace Herald {

class Store;

// The people who can act in Herald, for the "acting as" chooser.
class PeopleModel final : public QAbstractListModel {
    Q_OBJECT
public:
    enum Roles { PersonIdRole = Qt::UserRole + 1 };

    explicit PeopleModel(const Store& store, QObject* parent = nullptr);
    void reload();
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    int rowOf(qint64 personId) const;

private:
    const Store& m_store;
    QList<Person> m_people;
};

} // namespace Herald
