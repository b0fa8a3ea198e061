#pragma once

#include "domain/ChannelKind.h"
#include "domain/DeliveryState.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Herald {

// One outbox row: one approved message to one channel endpoint. It is committed before any
// byte goes on the wire, and its idempotency key never changes, so a resend is recognisable.
struct Delivery {
    qint64 id = 0;
    qint64 draftId = 0;
    qint64 incidentId = 0;
    int revision = 0;
    qint64 endpointId = 0;
    ChannelKind channel = ChannelKind::Webhook;
    QString target; // the endpoint's address at send time
    QString idempotencyKey;
    QByteArray payload;
    DeliveryState state = DeliveryState::Pending;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString lastError;
    QString providerReference;
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 fallbackOf = 0; // on a fallback endpoint: the delivery that gave up

    // A drill's row for an endpoint without a sandbox: recorded, never sent.
    static QString dryRunTarget(const QString& address) { return QStringLiteral("dry-run:") + address; }
    bool isDryRun() const { return target.startsWith(QStringLiteral("dry-run:")); }

    bool isFinal() const
    {
        return state == DeliveryState::Delivered || state == DeliveryState::Failed ||
               state == DeliveryState::DeadLetter || state == DeliveryState::Cancelled;
    }
};

} // namespace Herald
