#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Herald {

// One outbox row's state. InFlight rows found at start-up are unknown: resent with the same key.
// AwaitingPerson: a manual endpoint's row (a phone tree, a partner portal) that a person sends
// by hand and then marks done or failed; the dispatcher never touches it again.
enum class DeliveryState { Pending, InFlight, Delivered, Failed, DeadLetter, AwaitingPerson, Cancelled };

QString deliveryStateKey(DeliveryState value);
std::optional<DeliveryState> deliveryStateFromKey(QStringView key);
QString deliveryStateLabel(DeliveryState value);
QList<DeliveryState> allDeliveryStates();

} // namespace Herald
