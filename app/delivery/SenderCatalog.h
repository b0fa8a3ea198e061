#pragma once

#include "channels/ChannelSender.h"
#include "channels/SenderEnvironment.h"

#include <memory>
#include <vector>

namespace Herald {

// Every channel's sender, built for one dispatcher. A channel missing here cannot send yet,
// and its rows fail saying so.
namespace SenderCatalog {
std::vector<std::unique_ptr<ChannelSender>> create(const SenderEnvironment& environment);
}

} // namespace Herald
