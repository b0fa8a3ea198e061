#include "workflow/SendCompletion.h"

#include "base/Clock.h"
#include "domain/TimelineEventType.h"
#include "store/Store.h"
#include "workflow/TimelineRecorder.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Herald {

bool SendCompletion::update(const Store& store, const Clock& clock, qint64 draftId)
{
    // Counted in the database: this runs after every round of outcomes, and a send may have many
    // rows. Counted first: while rows are still going, the draft itself need not be read.
    const QHash<DeliveryState, int> counts = store.deliveries().stateCounts(draftId);
    // A row waiting for a person (a manual endpoint) is not an outcome yet.
    if (counts.value(DeliveryState::Pending) + counts.value(DeliveryState::InFlight) +
            counts.value(DeliveryState::AwaitingPerson) >
        0)
        return false;
    const auto draft = store.drafts().byId(draftId);
    if (!draft || draft->state != DraftState::Sending)
        return false;
    // Counted per recipient: a row that gave up counts as delivered when its fallback was.
    const QList<DeliveryRepository::Status> rows = store.deliveries().statusesOf(draftId);
    QHash<qint64, qint64> fallbackOf;
    for (const auto& row : rows)
        if (row.fallbackOf)
            fallbackOf.insert(row.id, row.fallbackOf);
    QSet<qint64> reached;
    for (const auto& row : rows)
        if (row.state == DeliveryState::Delivered) {
            qint64 id = row.id;
            while (fallbackOf.contains(id))
                id = fallbackOf.value(id);
            reached.insert(id);
        }
    int delivered = 0;
    int failed = 0;
    for (const auto& row : rows)
        if (!row.fallbackOf)
            ++(reached.contains(row.id) ? delivered : failed);
    const bool allDelivered = failed == 0;
    const DraftState state = allDelivered ? DraftState::Sent : DraftState::PartlyFailed;
    store.drafts().setState(draftId, state, clock.now());
    const QString summary =
        allDelivered
            ? QCoreApplication::translate("SendCompletion", "Update #%1 delivered to every recipient (%2)")
                  .arg(draftId)
                  .arg(delivered)
            : QCoreApplication::translate("SendCompletion", "Update #%1 reached %2 of %n recipient(s)",
                                          nullptr, delivered + failed)
                  .arg(draftId)
                  .arg(delivered);
    TimelineRecorder(store, clock)
        .record(draft->incidentId, 0,
                allDelivered ? TimelineEventType::DraftSent : TimelineEventType::DraftPartlyFailed, summary,
                {{u"draft"_s, draftId}, {u"delivered"_s, delivered}, {u"failed"_s, failed}});
    return true;
}

} // namespace Herald
