#pragma once

#include "domain/Approval.h"
#include "domain/Audience.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Herald {

class ChangeNotifier;
class Clock;
class DraftService;
class Identity;
class Store;

// An approved update as the support lead pastes it into a ticket.
struct ApprovedText {
    qint64 approvalId = 0;
    qint64 draftId = 0;
    int revision = 0;
    Audience audience = Audience::External;
    ApprovalKind kind = ApprovalKind::Review;
    QDateTime approvedAt;
    QString approverName;
    QString title;
    QString plain; // for a plain-text reply
    QString html;  // for a rich-text reply
    QString macro; // the support-macro channel's text; empty when the update had none
    bool sent = false;
};

enum class CopyFormat { Ticket, Macro };

// The support lead's copy desk: only text that was approved (or sent in a recorded emergency),
// exactly as approved, taken from the approval itself rather than rendered again. Each copy is
// a timeline event saying who copied which version.
class CopyDesk {
    Q_DECLARE_TR_FUNCTIONS(CopyDesk)

public:
    CopyDesk(const Store& store, const DraftService& drafts, const Clock& clock,
             ChangeNotifier* notifier = nullptr)
        : m_store(store)
        , m_drafts(drafts)
        , m_clock(clock)
        , m_notifier(notifier)
    {
    }

    // Newest first: every update of the incident with a standing approval.
    QList<ApprovedText> versions(qint64 incidentId) const;
    // Records the copy and returns what goes on the clipboard. Throws HeraldError when the
    // approval is voided or unknown.
    ApprovedText copy(qint64 approvalId, CopyFormat format, const Identity& actor) const;

private:
    std::optional<ApprovedText> textOf(const Approval& approval) const;

    const Store& m_store;
    const DraftService& m_drafts;
    const Clock& m_clock;
    ChangeNotifier* m_notifier;
};

} // namespace Herald
