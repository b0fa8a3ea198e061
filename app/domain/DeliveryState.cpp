#include "domain/DeliveryState.h"

#include "base/EnumKeys.h"

namespace Herald {

namespace {
constexpr EnumKeys<DeliveryState, 7>
    table("DeliveryState",
          {{
              {DeliveryState::Pending, u"pending", QT_TRANSLATE_NOOP("DeliveryState", "Pending")},
              {DeliveryState::InFlight, u"in_flight", QT_TRANSLATE_NOOP("DeliveryState", "Sending")},
              {DeliveryState::Delivered, u"delivered", QT_TRANSLATE_NOOP("DeliveryState", "Delivered")},
              {DeliveryState::Failed, u"failed", QT_TRANSLATE_NOOP("DeliveryState", "Failed")},
              {DeliveryState::DeadLetter, u"dead_letter", QT_TRANSLATE_NOOP("DeliveryState", "Gave up")},
              {DeliveryState::AwaitingPerson, u"awaiting_person",
               QT_TRANSLATE_NOOP("DeliveryState", "Waiting for a person")},
              {DeliveryState::Cancelled, u"cancelled", QT_TRANSLATE_NOOP("DeliveryState", "Cancelled")},
          }});
} // namespace

QString deliveryStateKey(DeliveryState value)
{
    return table.key(value);
}
std::optional<DeliveryState> deliveryStateFromKey(QStringView key)
{
    return table.fromKey(key);
}
QString deliveryStateLabel(DeliveryState value)
{
    return table.label(value);
}

QList<DeliveryState> allDeliveryStates()
{
    const auto values = table.values();
    return QList<DeliveryState>(values.begin(), values.end());
}

} // namespace Herald
