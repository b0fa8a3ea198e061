#include "delivery/OutboxService.h"

#include "base/Clock.h"
#include "base/HeraldError.h"
#include "domain/TimelineEventType.h"
#include "identity/Identity.h"
#include "store/Store.h"
#include "store/Transaction.h"
#include "workflow/ChangeNotifier.h"
#include "workflow/SendCompletion.h"
#include "workflow/TimelineRecorder.h"

using namespace Qt::StringLiterals;

namespace Herald {

void OutboxService::retryNow(qint64 deliveryId, const Identity& actor) const
{
    Transaction transaction(m_store.connection());
    const Delivery delivery = m_store.deliveries().existing(deliveryId);
    if (!m_store.deliveries().retryNow(deliveryId, m_clock.now()))
        throw HeraldError(tr("Delivery #%1 to %2 is %3: only one that gave up or failed can be tried again.")
                              .arg(deliveryId)
                              .arg(delivery.target, deliveryStateLabel(delivery.state).toLower()));
    // The draft is sending again until this row has an outcome.
    m_store.drafts().setState(delivery.draftId, DraftState::Sending, m_clock.now());
    TimelineRecorder(m_store, m_clock)
        .record(delivery.incidentId, actor.personId(), TimelineEventType::DeliveryRetried,
                tr("Trying update #%1 to %2 %3 again")
                    .arg(delivery.draftId)
                    .arg(channelLabel(delivery.channel), delivery.target),
                {{u"delivery"_s, deliveryId},
                 {u"draft"_s, delivery.draftId},
                 {u"idempotency_key"_s, delivery.idempotencyKey}});
    transaction.commit();
    if (m_notifier)
        m_notifier->announceDelivery(delivery.draftId, delivery.incidentId);
}

void OutboxService::cancel(qint64 deliveryId, const Identity& actor) const
{
    Transaction transaction(m_store.connection());
    const Delivery delivery = m_store.deliveries().existing(deliveryId);
    if (!m_store.deliveries().cancel(deliveryId, m_clock.now()))
        throw HeraldError(tr("Delivery #%1 to %2 is %3 and cannot be cancelled.")
                              .arg(deliveryId)
                              .arg(delivery.target, deliveryStateLabel(delivery.state).toLower()));
    TimelineRecorder(m_store, m_clock)
        .record(delivery.incidentId, actor.personId(), TimelineEventType::DeliveryCancelled,
                tr("Cancelled update #%1 to %2 %3")
                    .arg(delivery.draftId)
                    .arg(channelLabel(delivery.channel), delivery.target),
                {{u"delivery"_s, deliveryId}, {u"draft"_s, delivery.draftId}});
    SendCompletion::update(m_store, m_clock, delivery.draftId);
    transaction.commit();
    if (m_notifier)
        m_notifier->announceDelivery(delivery.draftId, delivery.incidentId);
}

} // namespace Herald
