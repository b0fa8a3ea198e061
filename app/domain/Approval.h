#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Herald {

// An approver's yes to exactly one content hash: every channel's payload plus the targets.
struct Approval {
    qint64 id = 0;
    qint64 draftId = 0;
    int revision = 0;
    QByteArray contentHash; // hex SHA-256
    qint64 approverId = 0;
    QString comment;
    QDateTime approvedAt;
    bool voided = false; // an edit after approval voids it
};

} // namespace Herald
