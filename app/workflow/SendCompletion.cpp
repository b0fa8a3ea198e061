#include "workflow/SendCompletion.h"

#include "base/Clock.h"
#include "domain/TimelineEventType.h"
#include "store/Store.h"
#include "workflow/TimelineRecorder.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Herald {

bool SendCompletion::update(const Store& store, const Clock& clock, qint64 draftId)
{
    // Each row's state only, not its payload: a send may have many rows. Read first: while rows
    // are still going, the draft itself need not be read.
    const QList<DeliveryRepository::Status> rows = store.deliveries().statusesOf(draftId);
    // A row waiting for a person (a manual endpoint) is not an outcome yet.
    const auto unfinished = [](const DeliveryRepository::Status& row) {
        return row.state == DeliveryState::Pending || row.state == DeliveryState::InFlight ||
               row.state == DeliveryState::AwaitingPerson;
    };
    if (std::ranges::any_of(rows, unfinished))
        return false;
    const auto draft = store.drafts().byId(draftId);
    if (!draft || draft->state != DraftState::Sending)
        return false;
    // Counted per recipient: a row that gave up counts as delivered when its fallback was.
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
