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
        const QString legacy = legacyKey(endpointId);
        store.read(legacy, [&store, key, legacy, done, error](std::optional<QByteArray> old, const QString&) {
            if (!old) {
                done(std::nullopt, error); // what is missing: this database's key
                return;
            }
            // Removed only once it is safely under the new key; if writing fails the old entry
            // stays for the next read, and this one still gets the secret.
            store.write(key, *old, [&store, legacy, old, done](const QString& written) {
                if (!written.isEmpty()) {
                    done(old, {});
                    return;
                }
                store.remove(legacy, [old, done](const QString&) { done(old, {}); });
            });
        });
    });
}

} // namespace Herald
