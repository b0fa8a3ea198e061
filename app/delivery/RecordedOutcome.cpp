#include "delivery/RecordedOutcome.h"

#include "channels/SendOutcome.h"
#include "delivery/RetryPolicy.h"
#include "domain/TimelineEventType.h"

using namespace Qt::StringLiterals;

namespace Herald {

RecordedOutcome RecordedOutcome::of(Delivery delivery, const SendOutcome& outcome, const RetryPolicy& retry,
                                    QRandomGenerator& random, const QDateTime& now)
{
    delivery.updatedAt = now;
    delivery.lastError = outcome.kind == SendOutcome::Kind::Delivered ? QString() : outcome.message;
    delivery.providerReference = outcome.providerReference;
    QString type = TimelineEventType::DeliveryAttempted;
    QString summary;
    const QString where = u"%1 %2"_s.arg(channelLabel(delivery.channel), delivery.target);
    switch (outcome.kind) {
    case SendOutcome::Kind::Delivered:
        delivery.state = DeliveryState::Delivered;
        type = TimelineEventType::DeliveryDelivered;
        summary = tr("Delivered update #%1 to %2 (%3)").arg(delivery.draftId).arg(where, outcome.message);
        break;
    case SendOutcome::Kind::Permanent:
        delivery.state = DeliveryState::Failed;
        type = TimelineEventType::DeliveryFailed;
        summary = tr("Could not deliver update #%1 to %2: %3; not retried")
                      .arg(delivery.draftId)
                      .arg(where, outcome.message);
        break;
    case SendOutcome::Kind::AwaitingPerson:
        delivery.state = DeliveryState::AwaitingPerson;
        delivery.lastError.clear(); // nothing went wrong: a person sends this one
        summary = tr("Update #%1 to %2 waits for a person to send it by hand (%3)")
                      .arg(delivery.draftId)
                      .arg(where, outcome.message);
        break;
    case SendOutcome::Kind::Retry:
        if (const auto delay = retry.nextDelayMs(delivery.attempts, outcome.retryAfterSeconds, random)) {
            delivery.state = DeliveryState::Pending;
            delivery.nextAttemptAt = now.addMSecs(*delay);
            summary = tr("Attempt %1 to deliver update #%2 to %3 failed: %4; retrying at %5")
                          .arg(delivery.attempts)
                          .arg(delivery.draftId)
                          .arg(where, outcome.message, delivery.nextAttemptAt.toString(u"HH:mm:ss 'UTC'"_s));
        } else {
            delivery.state = DeliveryState::DeadLetter;
            type = TimelineEventType::DeliveryFailed;
            summary = tr("Gave up delivering update #%1 to %2 after %3 attempts: %4")
                          .arg(delivery.draftId)
                          .arg(where)
                          .arg(delivery.attempts)
                          .arg(outcome.message);
        }
        break;
    }
    return {std::move(delivery), type, summary, outcome.httpStatus};
}

} // namespace Herald
