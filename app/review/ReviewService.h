#pragma once

#include "domain/Draft.h"
#include "domain/Incident.h"
#include "domain/Review.h"
#include "workflow/DraftService.h"

#include <QCoreApplication>

namespace Herald {

class ChangeNotifier;
class Clock;
class Store;

// One line of a person's review queue.
struct ReviewItem {
    Review review;
    Draft draft;
    Incident incident;
    QString authorName;
    ApprovalProgress progress; // for approval reviews
    bool escalatedToMe = false;
    bool overdue = false;
};

// Who must decide what, and by when. Overdue approval reviews escalate to the first backup
// approver in the policy who did not write the draft; the clock is injected, so tests move
// time instead of waiting for it.
class ReviewService {
    Q_DECLARE_TR_FUNCTIONS(ReviewService)

public:
    ReviewService(const Store& store, const DraftService& drafts, const ApprovalPolicyService& policies,
                  const Clock& clock, ChangeNotifier* notifier = nullptr)
        : m_store(store)
        , m_drafts(drafts)
        , m_policies(policies)
        , m_clock(clock)
        , m_notifier(notifier)
    {
    }

    // The open reviews the person may decide, soonest due first; escalated to them on top.
    QList<ReviewItem> queueFor(qint64 personId) const;
    // Escalates every approval review past its due time that has not been escalated yet, and
    // returns those it escalated. Safe to call as often as wanted.
    QList<Review> escalateDue() const;

private:
    const Store& m_store;
    const DraftService& m_drafts;
    const ApprovalPolicyService& m_policies;
    const Clock& m_clock;
    ChangeNotifier* m_notifier;
};

} // namespace Herald
