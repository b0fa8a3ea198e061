#pragma once

#include <memory>

namespace Herald {
class Database;
}

namespace Herald::Cli {

// For a herald-cli command that appended to the timeline (dispatch): puts the chain's
// head in the system keychain before the process ends (ChainWitness, monotonic), waiting for
// the keychain at most a few seconds. Without a keychain it says so on stderr and carries on.
void witnessChainHead(const std::shared_ptr<Database>& database);

} // namespace Herald::Cli
