#pragma once

#include "secrets/SecretStore.h"

#include <QCoreApplication>

namespace Herald {

// Reading an endpoint's credential, which is kept per database. An older Herald stored them
// under the bare endpoint id ("endpoint/<id>"), shared by every database on the machine: such an
// entry could belong to any of them (endpoint ids repeat across databases), so it is never used
// nor moved to a database without the user's say; the failure tells them it exists and that
// they can enter the credential again.
class EndpointSecrets {
    Q_DECLARE_TR_FUNCTIONS(EndpointSecrets)

public:
    // Reads the credential under SecretStore::endpointKey(databaseId, endpointId). store must
    // outlive the answer.
    static void read(SecretStore& store, const QString& databaseId, qint64 endpointId,
                     SecretStore::ReadDone done);
    // The key older Herald versions used; only looked for, to say that it exists.
    static QString legacyKey(qint64 endpointId);
};

} // namespace Herald
