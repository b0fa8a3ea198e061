#pragma once

class QNetworkAccessManager;

namespace Herald {

class Clock;

// What every sender is built with, on the dispatcher's thread.
struct SenderEnvironment {
    QNetworkAccessManager& network;
    const Clock& clock;
    int timeoutMs; // per request: no provider may hold a delivery longer
};

} // namespace Herald
