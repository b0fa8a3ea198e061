#pragma once

#include "domain/Incident.h"

#include <QList>

#include <optional>

namespace Herald {

class Database;

class IncidentRepository {
public:
    explicit IncidentRepository(const Database& db) : m_db(db) {}
    // Ongoing incidents first, then the most recent.
    QList<Incident> all() const;
    std::optional<Incident> byId(qint64 id) const;
    qint64 add(const Incident& incident) const;
    void updateStatus(qint64 id, IncidentStatus status, const QDateTime& resolvedAt) const;

private:
    void loadDetails(Incident& incident) const;
    const Database& m_db;
};

} // namespace Herald
