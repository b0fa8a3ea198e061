#pragma once

#include "domain/Review.h"

#include <QList>

#include <optional>

namespace Herald {

class Database;

class ReviewRepository {
public:
    explicit ReviewRepository(const Database& db) : m_db(db) {}
    qint64 add(const Review& review) const;
    std::optional<Review> byId(qint64 id) const;
    // Open reviews, soonest due first.
    QList<Review> open() const;
    std::optional<Review> openFor(qint64 draftId, ReviewKind kind) const;
    QList<Review> forDraft(qint64 draftId) const;
    void escalate(qint64 id, qint64 to, const QDateTime& at) const;
    void close(qint64 id, qint64 by, const QDateTime& at, const QString& outcome) const;

private:
    const Database& m_db;
};

} // namespace Herald
