#pragma once

#include "domain/ApprovalPolicy.h"

#include <QDateTime>

#include <optional>

namespace Herald {

class Database;

// Versions of the approval policy; the newest applies.
class PolicyRepository {
public:
    explicit PolicyRepository(const Database& db) : m_db(db) {}
    // Empty before anyone saved a policy: then the defaults apply.
    std::optional<ApprovalPolicy> current() const;
    int add(const ApprovalPolicy& policy, qint64 changedBy, const QDateTime& at) const;

private:
    const Database& m_db;
};

} // namespace Herald
