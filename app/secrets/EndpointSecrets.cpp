#include "secrets/EndpointSecrets.h"

using namespace Qt::StringLiterals;

namespace Herald {

QString EndpointSecrets::legacyKey(qint64 endpointId)
{
    return u"endpoint/%1"_s.arg(endpointId);
}

void EndpointSecrets::read(SecretStore& store, const QString& databaseId, qint64 endpointId,
                           SecretStore::ReadDone done)
{
    const QString key = SecretStore::endpointKey(databaseId, endpointId);
    store.read(key, [&store, key, endpointId, done = std::move(done)](std::optional<QByteArray> secret,
                                                                      const QString& error) {
        if (secret) {
            done(secret, error);
            return;
        }
        // Only to say so: an old entry is not this database's to use.
        const QString legacy = legacyKey(endpointId);
        store.read(legacy, [key, legacy, done, error](std::optional<QByteArray> old, const QString&) {
            if (!old) {
                done(std::nullopt, error); // what is missing: this database's key
                return;
            }
            done(std::nullopt,
                 tr("%1 There is a credential from an older Herald under \"%2\", shared by every database "
                    "on this computer; it is not used, because it may belong to another database. Enter "
                    "the credential again for this endpoint in File → Channels (it is stored as \"%3\"), "
                    "then remove the old entry from the keychain.")
                     .arg(error, legacy, key));
        });
    });
}

} // namespace Herald
