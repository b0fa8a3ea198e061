#include "review/ReviewService.h"

#include "base/Clock.h"
#include "domain/TimelineEventType.h"
#include "store/Store.h"
#include "store/Transaction.h"
#include "workflow/ApprovalPolicyService.h"
#include "workflow/ChangeNotifier.h"
#include "workflow/TimelineRecorder.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Herald {

QList<ReviewItem> ReviewService::queueFor(qint64 personId) const
{
    const auto person = m_store.people().byId(personId);
    if (!person || !person->canApprove())
        return {};
    const QDateTime now = m_clock.now();
    QList<ReviewItem> items;
    for (const Review& review : m_store.reviews().open()) {
        const auto draft = m_store.drafts().byId(review.draftId);
        const auto incident = draft ? m_store.incidents().byId(draft->incidentId) : std::nullopt;
        if (!draft || !incident)
            continue;
        if (m_drafts.whyCannotApprove(*draft, *person))
            continue;
        ReviewItem item{
            review, *draft, *incident, {}, {}, review.escalatedTo == personId, review.dueAt <= now};
        if (review.kind == ReviewKind::Approval) {
            if (draft->state != DraftState::InReview)
                continue;
            item.progress = m_drafts.progress(*draft);
            if (item.progress.approvers.contains(personId))
                continue; // already said yes; waiting for someone else
        }
        if (const auto author = m_store.people().byId(review.requestedBy))
            item.authorName = author->name;
        items << item;
    }
    std::stable_sort(items.begin(), items.end(), [](const ReviewItem& a, const ReviewItem& b) {
        return a.escalatedToMe > b.escalatedToMe;
    });
    return items;
}

QList<Review> ReviewService::escalateDue() const
{
    const QDateTime now = m_clock.now();
    QList<Review> escalated;
    Transaction transaction(m_store.connection());
    const ApprovalPolicy policy = m_policies.current();
    QSet<qint64> incidents;
    for (Review review : m_store.reviews().open()) {
        if (review.kind != ReviewKind::Approval || review.dueAt > now || !review.escalatedAt.isNull())
            continue;
        const auto draft = m_store.drafts().byId(review.draftId);
        if (!draft)
            continue;
        for (qint64 candidate : policy.backupApprovers) {
            const auto person = m_store.people().byId(candidate);
            if (person && !m_drafts.whyCannotApprove(*draft, *person)) {
                review.escalatedTo = candidate;
                break;
            }
        }
        review.escalatedAt = now;
        m_store.reviews().escalate(review.id, review.escalatedTo, now);
        const QString overdue = tr("Review of update #%1 is overdue (due %2 UTC)")
                                    .arg(draft->id)
                                    .arg(review.dueAt.toString(u"HH:mm"_s));
        TimelineRecorder recorder(m_store, m_clock);
        recorder.record(
            draft->incidentId, 0, TimelineEventType::ReviewEscalated,
            review.escalatedTo
                ? tr("%1; escalated to %2").arg(overdue, recorder.actorName(review.escalatedTo))
                : tr("%1; no backup approver is free to take it").arg(overdue),
            {{u"draft"_s, draft->id}, {u"review"_s, review.id}, {u"escalated_to"_s, review.escalatedTo}});
        incidents.insert(draft->incidentId);
        escalated << review;
    }
    transaction.commit();
    if (m_notifier)
        for (qint64 incidentId : std::as_const(incidents))
            Q_EMIT m_notifier->timelineAppended(incidentId);
    if (m_notifier && !escalated.isEmpty())
        Q_EMIT m_notifier->reviewsChanged();
    return escalated;
}

} // namespace Herald
