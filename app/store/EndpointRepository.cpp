#include "store/EndpointRepository.h"

#include "store/Database.h"
#include "store/SqlQuery.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
SqlQuery& bindFields(SqlQuery& q, const ChannelEndpoint& endpoint)
{
    return q.bind(u":n"_s, endpoint.name)
        .bind(u":a"_s, endpoint.address)
        .bind(u":e"_s, endpoint.enabled ? 1 : 0)
        .bind(u":s"_s, QString::fromUtf8(QJsonDocument(endpoint.settings).toJson(QJsonDocument::Compact)))
        .bind(u":f"_s, endpoint.fallbackId)
        .bind(u":sb"_s, endpoint.sandboxAddress)
        .bind(u":r"_s, endpoint.ratePerSecond);
}
} // namespace

QList<ChannelEndpoint> EndpointRepository::select(const QString& where, const QVariant& value) const
{
    SqlQuery q(m_db.connection(), u"SELECT id, channel, name, address, enabled, settings, fallback_id, "
                                  u"sandbox_address, rate_per_second FROM channel_endpoints "_s +
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
        e.settings = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
        e.fallbackId = q.value(6).toLongLong();
        e.sandboxAddress = q.value(7).toString();
        e.ratePerSecond = q.value(8).toDouble();
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
               u"INSERT INTO channel_endpoints (channel, name, address, enabled, settings, "
               u"fallback_id, sandbox_address, rate_per_second) "
               u"VALUES (:c, :n, :a, :e, :s, :f, :sb, :r)"_s);
    q.bind(u":c"_s, channelKey(endpoint.channel));
    bindFields(q, endpoint).exec();
    return q.lastInsertId();
}

void EndpointRepository::update(const ChannelEndpoint& endpoint) const
{
    SqlQuery q(m_db.connection(),
               u"UPDATE channel_endpoints SET name = :n, address = :a, enabled = :e, "
               u"settings = :s, fallback_id = :f, sandbox_address = :sb, rate_per_second = :r "
               u"WHERE id = :id"_s);
    q.bind(u":id"_s, endpoint.id);
    bindFields(q, endpoint).exec();
}

} // namespace Herald
