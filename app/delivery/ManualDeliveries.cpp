#include "delivery/ManualDeliveries.h"

#include "base/Clock.h"
#include "base/HeraldError.h"
#include "channels/manual/ManualSender.h"
#include "domain/TimelineEventType.h"
#include "identity/Identity.h"
#include "store/Store.h"
#include "store/Transaction.h"
#include "workflow/ChangeNotifier.h"
#include "workflow/SendCompletion.h"
#include "workflow/TimelineRecorder.h"

using namespace Qt::StringLiterals;

namespace Herald {

QString ManualDeliveries::textToCopy(qint64 deliveryId) const
{
    return ManualSender::textToCopy(m_store.deliveries().existing(deliveryId));
}

void ManualDeliveries::markDone(qint64 deliveryId, const Identity& actor, const QString& note) const
{
    mark(deliveryId, actor, note, true);
}

void ManualDeliveries::markFailed(qint64 deliveryId, const Identity& actor, const QString& note) const
{
    mark(deliveryId, actor, note, false);
}

void ManualDeliveries::mark(qint64 deliveryId, const Identity& actor, const QString& note, bool done) const
{
    Transaction transaction(m_store.connection());
    Delivery delivery = m_store.deliveries().existing(deliveryId);
    if (delivery.state != DeliveryState::AwaitingPerson)
        throw HeraldError(
            tr("Delivery #%1 to %2 is %3: only one waiting for a person can be marked done or failed.")
                .arg(deliveryId)
                .arg(delivery.target, deliveryStateLabel(delivery.state).toLower()));
    const QString where = u"%1 %2"_s.arg(channelLabel(delivery.channel), delivery.target);
    delivery.updatedAt = m_clock.now();
    delivery.state = done ? DeliveryState::Delivered : DeliveryState::Failed;
    // Like a provider's answer: where it went when done, what went wrong when not.
    delivery.providerReference = done ? note : QString();
    delivery.lastError =
        done ? QString() : (note.isEmpty() ? tr("marked failed by %1").arg(actor.name()) : note);
    m_store.deliveries().recordOutcome(delivery);
    const QString summary =
        done ? tr("Sent update #%1 to %2 by hand").arg(delivery.draftId).arg(where)
             : tr("Could not send update #%1 to %2 by hand").arg(delivery.draftId).arg(where);
    TimelineRecorder(m_store, m_clock)
        .record(delivery.incidentId, actor.personId(),
                done ? TimelineEventType::DeliveryDelivered : TimelineEventType::DeliveryFailed,
                note.isEmpty() ? summary : u"%1: %2"_s.arg(summary, note),
                {{u"delivery"_s, delivery.id},
                 {u"draft"_s, delivery.draftId},
                 {u"outcome"_s, deliveryStateKey(delivery.state)},
                 {u"manual"_s, true},
                 {u"note"_s, note},
                 {u"idempotency_key"_s, delivery.idempotencyKey}});
    SendCompletion::update(m_store, m_clock, delivery.draftId);
    transaction.commit();
    if (m_notifier)
        m_notifier->announceDelivery(delivery.draftId, delivery.incidentId);
}

} // namespace Herald
