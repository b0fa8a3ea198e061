#include "models/PeopleModel.h"

#include "store/Store.h"

using namespace Qt::StringLiterals;

namespace Herald {

PeopleModel::PeopleModel(const Store& store, QObject* parent) : QAbstractListModel(parent), m_store(store)
{
    reload();
}

void PeopleModel::reload()
{
    beginResetModel();
    m_people = m_store.people().all();
    endResetModel();
}

int PeopleModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

int PeopleModel::rowOf(qint64 personId) const
{
    for (int i = 0; i < m_people.size(); ++i)
        if (m_people.at(i).id == personId)
            return i;
    return -1;
}

QVariant PeopleModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_people.size())
        return {};
    const Person& person = m_people.at(index.row());
    if (role == PersonIdRole)
        return person.id;
    if (role == Qt::DisplayRole) {
        QStringList roles;
        for (Role r : person.roles)
            roles << roleLabel(r);
        return roles.isEmpty() ? person.name : u"%1 (%2)"_s.arg(person.name, roles.join(u", "_s));
    }
    return {};
}

} // namespace Herald
