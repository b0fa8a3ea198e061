#pragma once

#include "secrets/SecretStore.h"

namespace Herald {

// Reading an endpoint's credential, including one an older Herald stored under the bare
// endpoint id ("endpoint/<id>"), which every database on the machine shared.
class EndpointSecrets {
public:
    // Reads the credential under SecretStore::endpointKey(databaseId, endpointId). When there is
    // none but an old-style entry exists, that entry is moved to this database's key (written,
    // then removed) and returned: the first database to read it keeps it, and no other database
    // can take it afterwards. store must outlive the answer.
    static void read(SecretStore& store, const QString& databaseId, qint64 endpointId,
                     SecretStore::ReadDone done);
    // The key older Herald versions used; only for moving such entries.
    static QString legacyKey(qint64 endpointId);
};

} // namespace Herald
