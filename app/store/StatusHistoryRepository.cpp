#include "store/StatusHistoryRepository.h"

#include "store/Database.h"
#include "store/DeliveryRepository.h"
#include "store/IncidentRepository.h"
#include "store/SqlQuery.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Herald {

StatusHistory StatusHistoryRepository::deliveredTo(const QString& target) const
{
    SqlQuery q(m_db.connection(), u"SELECT id FROM deliveries WHERE channel = :c AND state = 'delivered' "
                                  u"AND target = :t ORDER BY updated_at, id"_s);
    q.bind(u":c"_s, channelKey(ChannelKind::StatusPage)).bind(u":t"_s, target).exec();
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    StatusHistory history;
    QSet<qint64> seen;
    const DeliveryRepository deliveries(m_db);
    const IncidentRepository incidents(m_db);
    for (qint64 id : ids) {
        const auto delivery = deliveries.byId(id);
        if (!delivery)
            continue;
        history.updates << *delivery;
        if (!seen.contains(delivery->incidentId)) {
            seen.insert(delivery->incidentId);
            if (const auto incident = incidents.byId(delivery->incidentId))
                history.incidents << *incident;
        }
    }
    return history;
}

} // namespace Herald
