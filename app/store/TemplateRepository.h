#pragma once

#include "domain/StoredTemplate.h"

#include <QList>

#include <optional>

namespace Herald {

class Database;

// Templates people write in the app. Nothing is overwritten: each save is a new version with its
// author and time, and a delete is a version marked deleted (a tombstone), so a draft can always
// find the version it started from.
class TemplateRepository {
public:
    explicit TemplateRepository(const Database& db) : m_db(db) {}

    // Saves the document as the next version of its id (at least template.version); returns it.
    int save(const StoredTemplate& storedTemplate) const;
    // The newest version of every template whose newest version is not a tombstone, by id.
    QList<StoredTemplate> latest() const;
    // Every version of every template, tombstones included, by id then version.
    QList<StoredTemplate> all() const;
    std::optional<StoredTemplate> get(const QString& id, int version) const;
    // Marks the template deleted with a new version; returns it, or 0 when there was nothing to
    // delete.
    int remove(const QString& id, qint64 authorId, const QDateTime& at) const;
    // Oldest first.
    QList<StoredTemplate> history(const QString& id) const;

private:
    const Database& m_db;
};

} // namespace Herald
