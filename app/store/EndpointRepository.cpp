#include "store/EndpointRepository.h"

#include "store/Database.h"
#include "store/SqlQuery.h"

using namespace Qt::StringLiterals;

namespace Herald {

QList<ChannelEndpoint> EndpointRepository::select(const QString& where, const QVariant& value) const
{
    SqlQuery q(m_db.connection(), u"SELECT id, channel, name, address, enabled FROM channel_endpoints "_s +
                                      where + u" ORDER BY id"_s);
    if (value.isValid())
        q.bind(u":v"_s, value);
    q.exec();
    QList<ChannelEndpoint> endpoints;
    while (q.next()) {
        ChannelEndpoint e;
        e.id = q.value(0).toLongLong();
        e.channel = channelFromKey(q.value(1).toString()).value_or(ChannelKind::Webhook);
        e.name = q.value(2).toString();
        e.address = q.value(3).toString();
        e.enabled = q.value(4).toInt() != 0;
        endpoints << e;
    }
    return endpoints;
}

QList<ChannelEndpoint> EndpointRepository::all() const
{
    return select(QString(), QVariant());
}

QList<ChannelEndpoint> EndpointRepository::enabledFor(ChannelKind channel) const
{
    return select(u"WHERE enabled = 1 AND channel = :v"_s, channelKey(channel));
}

std::optional<ChannelEndpoint> EndpointRepository::byId(qint64 id) const
{
    const auto found = select(u"WHERE id = :v"_s, id);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

qint64 EndpointRepository::add(const ChannelEndpoint& endpoint) const
{
    SqlQuery q(m_db.connection(),
               u"INSERT INTO channel_endpoints (channel, name, address, enabled) VALUES (:c, :n, :a, :e)"_s);
    q.bind(u":c"_s, channelKey(endpoint.channel))
        .bind(u":n"_s, endpoint.name)
        .bind(u":a"_s, endpoint.address)
        .bind(u":e"_s, endpoint.enabled ? 1 : 0)
        .exec();
    return q.lastInsertId();
}

void EndpointRepository::update(const ChannelEndpoint& endpoint) const
{
    SqlQuery(m_db.connection(),
             u"UPDATE channel_endpoints SET name = :n, address = :a, enabled = :e WHERE id = :id"_s)
        .bind(u":n"_s, endpoint.name)
        .bind(u":a"_s, endpoint.address)
        .bind(u":e"_s, endpoint.enabled ? 1 : 0)
        .bind(u":id"_s, endpoint.id)
        .exec();
}

} // namespace Herald
