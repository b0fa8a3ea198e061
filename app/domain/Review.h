#pragma once

#include <QDateTime>
#include <QString>

namespace Herald {

enum class ReviewKind {
    Approval,  // before sending
    AfterSend, // after an emergency send, mandatory
};

// A request for a decision on a draft, with the time it is due.
struct Review {
    qint64 id = 0;
    qint64 draftId = 0;
    ReviewKind kind = ReviewKind::Approval;
    qint64 requestedBy = 0;
    QDateTime requestedAt;
    QDateTime dueAt;
    qint64 escalatedTo = 0; // the backup approver, once overdue
    QDateTime escalatedAt;
    QDateTime closedAt; // null while open
    qint64 closedBy = 0;
    QString outcome;

    bool isOpen() const { return closedAt.isNull(); }
};

} // namespace Herald
