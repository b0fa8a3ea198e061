#pragma once

#include "domain/StatusHistory.h"

#include <functional>

namespace Herald {

class Clock;
class OutboxNetwork;

// What every sender is built with, on the dispatcher's thread.
struct SenderEnvironment {
    OutboxNetwork& network;
    const Clock& clock;
    int timeoutMs; // per request: no provider may hold a delivery longer
    // What has been published to a status page target, from the store (static status pages
    // rebuild themselves from it); empty when the dispatcher has no store.
    std::function<StatusHistory(const QString& target)> statusHistory = {};
    // The provider's reference of the last delivery of an incident to an endpoint (e.g. the
    // Statuspage incident a later update patches); empty when the dispatcher has no store.
    std::function<QString(qint64 incidentId, qint64 endpointId)> lastReference = {};
};

} // namespace Herald
