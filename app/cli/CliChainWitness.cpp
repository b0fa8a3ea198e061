#include "cli/CliChainWitness.h"

#include "base/SystemClock.h"
#include "cli/CliOutput.h"
#include "secrets/KeychainSecretStore.h"
#include "store/Store.h"
#include "timeline/ChainWitness.h"

namespace Herald::Cli {

void witnessChainHead(const std::shared_ptr<Database>& database)
{
    const Store store(database);
    const SystemClock clock;
    KeychainSecretStore keychain;
    ChainWitness witness(keychain, store.databaseId(),
                         {[store] { return store.timeline().head(); },
                          [store](qint64 sequence) { return store.timeline().hashAt(sequence); }},
                         clock);
    if (!witness.flush(5000))
        err() << "herald-cli: the timeline's head is not witnessed in the keychain: "
              << (witness.problem().isEmpty() ? QStringLiteral("the keychain did not answer")
                                              : witness.problem())
              << '\n';
}

} // namespace Herald::Cli
