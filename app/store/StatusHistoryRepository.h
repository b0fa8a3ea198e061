#pragma once

#include "domain/StatusHistory.h"

namespace Herald {

class Database;

// Reads back what a status page has published, to rebuild a static page on each update.
class StatusHistoryRepository {
public:
    explicit StatusHistoryRepository(const Database& db) : m_db(db) {}
    // The status-page updates delivered to `target` (a folder, an s3:// URL), oldest first,
    // with their incidents. A drill's sandbox is another target, so drills stay apart.
    StatusHistory deliveredTo(const QString& target) const;

private:
    const Database& m_db;
};

} // namespace Herald
