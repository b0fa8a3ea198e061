#pragma once

#include "domain/Draft.h"
#include "domain/DraftRevision.h"

#include <QList>

#include <optional>

namespace Herald {

class Database;

class DraftRepository {
public:
    explicit DraftRepository(const Database& db) : m_db(db) {}
    qint64 add(const Draft& draft) const;
    std::optional<Draft> byId(qint64 id) const;
    // Newest first.
    QList<Draft> forIncident(qint64 incidentId) const;
    void setState(qint64 id, DraftState state, const QDateTime& at) const;

    // Saves a new immutable revision and makes it the draft's latest.
    void addRevision(DraftRevision& revision) const;
    std::optional<DraftRevision> revision(qint64 draftId, int number) const;
    // Everyone who wrote any revision: none of them may approve the draft.
    QList<qint64> revisionAuthors(qint64 draftId) const;

private:
    const Database& m_db;
};

} // namespace Herald
