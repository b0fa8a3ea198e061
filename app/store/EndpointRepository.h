#pragma once

#include "domain/ChannelEndpoint.h"

#include <QList>

#include <optional>

namespace Herald {

class Database;

class EndpointRepository {
public:
    explicit EndpointRepository(const Database& db) : m_db(db) {}
    QList<ChannelEndpoint> all() const;
    QList<ChannelEndpoint> enabledFor(ChannelKind channel) const;
    std::optional<ChannelEndpoint> byId(qint64 id) const;
    qint64 add(const ChannelEndpoint& endpoint) const;
    void update(const ChannelEndpoint& endpoint) const;

private:
    QList<ChannelEndpoint> select(const QString& where, const QVariant& value) const;
    const Database& m_db;
};

} // namespace Herald
