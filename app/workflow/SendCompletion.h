#pragma once

#include <QtGlobal>

namespace Herald {

class Clock;
class Store;

// Closes a send once every outbox row of the draft has a final outcome: sent when all were
// delivered, partly failed otherwise. Call inside the transaction that recorded the outcome.
class SendCompletion {
public:
    // Returns true when the draft's state changed.
    static bool update(const Store& store, const Clock& clock, qint64 draftId);
};

} // namespace Herald
