#pragma once

#include "domain/Approval.h"

#include <QList>

#include <optional>

namespace Herald {

class Database;

class ApprovalRepository {
public:
    explicit ApprovalRepository(const Database& db) : m_db(db) {}
    qint64 add(const Approval& approval) const;
    std::optional<Approval> byId(qint64 id) const;
    // Oldest first, voided ones included.
    QList<Approval> forDraft(qint64 draftId) const;
    // Returns how many approvals were voided.
    int voidAll(qint64 draftId) const;

private:
    const Database& m_db;
};

} // namespace Herald
