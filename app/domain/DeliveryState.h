#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Herald {

// One outbox row's state. InFlight rows found at start-up are unknown: resent with the same key.
enum class DeliveryState { Pending, InFlight, Delivered, Failed, DeadLetter, Cancelled };

QString deliveryStateKey(DeliveryState value);
std::optional<DeliveryState> deliveryStateFromKey(QStringView key);
QString deliveryStateLabel(DeliveryState value);
QList<DeliveryState> allDeliveryStates();

} // namespace Herald
