#pragma once

#include "store/ApprovalRepository.h"
#include "store/Database.h"
#include "store/DeliveryRepository.h"
#include "store/DraftRepository.h"
#include "store/EndpointRepository.h"
#include "store/IncidentRepository.h"
#include "store/PersonRepository.h"
#include "store/PolicyRepository.h"
#include "store/ReviewRepository.h"
#include "store/StatusHistoryRepository.h"
#include "store/TemplateRepository.h"
#include "store/TimelineRepository.h"

#include <memory>

namespace Herald {

// The only way into the database: one repository per table family. Nothing outside the
// store module writes SQL.
class Store {
public:
    explicit Store(std::shared_ptr<Database> database) : m_database(std::move(database)) {}

    const Database& database() const { return *m_database; }
    std::shared_ptr<Database> sharedDatabase() const { return m_database; }
    QSqlDatabase connection() const { return m_database->connection(); }
    // Which database this is: endpoint ids repeat across databases, this does not.
    QString databaseId() const { return m_database->id(); }

    PersonRepository people() const { return PersonRepository(*m_database); }
    IncidentRepository incidents() const { return IncidentRepository(*m_database); }
    DraftRepository drafts() const { return DraftRepository(*m_database); }
    ApprovalRepository approvals() const { return ApprovalRepository(*m_database); }
    EndpointRepository endpoints() const { return EndpointRepository(*m_database); }
    DeliveryRepository deliveries() const { return DeliveryRepository(*m_database); }
    TimelineRepository timeline() const { return TimelineRepository(*m_database); }
    TemplateRepository templates() const { return TemplateRepository(*m_database); }
    PolicyRepository policies() const { return PolicyRepository(*m_database); }
    ReviewRepository reviews() const { return ReviewRepository(*m_database); }
    StatusHistoryRepository statusHistory() const { return StatusHistoryRepository(*m_database); }

private:
    std::shared_ptr<Database> m_database;
};

} // namespace Herald
