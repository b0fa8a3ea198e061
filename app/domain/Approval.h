#pragma once

#include "domain/ChannelMessage.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Herald {

enum class ApprovalKind {
    Review,    // a person other than the authors said yes
    Policy,    // the approval rules ask for no review of this update
    Emergency, // sent before review, with a reason; an after-send review follows
};

QString approvalKindKey(ApprovalKind kind);
std::optional<ApprovalKind> approvalKindFromKey(QStringView key);

// A yes to exactly one content hash: every channel's payload plus the targets.
struct Approval {
    qint64 id = 0;
    qint64 draftId = 0;
    int revision = 0;
    QByteArray contentHash; // hex SHA-256
    qint64 approverId = 0;  // for a policy approval, the submitter; it counts as no one's review
    QString comment;        // for an emergency, the reason
    QDateTime approvedAt;
    bool voided = false; // an edit after approval voids it
    ApprovalKind kind = ApprovalKind::Review;
    QList<ChannelMessage> messages{}; // the text as approved: what the copy desk copies
};

} // namespace Herald
