#include "channels/bluesky/BlueskyMeasure.h"

#include "channels/social/TextUnits.h"

namespace Herald {

BlueskyMeasure::Result BlueskyMeasure::measure(const QString& text)
{
    return {TextUnits::graphemes(text), TextUnits::utf8Bytes(text)};
}

} // namespace Herald
