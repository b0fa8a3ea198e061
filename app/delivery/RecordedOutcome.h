#pragma once

#include "domain/Delivery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class QRandomGenerator;

namespace Herald {

class RetryPolicy;
struct SendOutcome;

// What one attempt's outcome does to its outbox row (new state, error, provider reference, next
// attempt) and the timeline event that says so. Built when the answer arrives; written later,
// with the other outcomes of the moment, in one transaction.
struct RecordedOutcome {
    Q_DECLARE_TR_FUNCTIONS(RecordedOutcome)

public:
    static RecordedOutcome of(Delivery attempted, const SendOutcome& outcome, const RetryPolicy& retry,
                              QRandomGenerator& random, const QDateTime& now);

    Delivery delivery;
    QString eventType;
    QString summary;
    int httpStatus = 0;

    // The row gave up or failed for good: its endpoint's fallback may take over.
    bool endedWithoutDelivery() const
    {
        return delivery.state == DeliveryState::DeadLetter || delivery.state == DeliveryState::Failed;
    }
};

} // namespace Herald
