#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <initializer_list>

namespace Herald::Sha256 {

// SHA-256 and HMAC-SHA-256 through OpenSSL's libcrypto, which uses the processor's SHA
// instructions where it has them: several times faster than QCryptographicHash's portable
// code, and the outbox hashes a timeline event and signs a request for every delivery.
// Both return the raw 32 bytes; the parts are hashed as if they were one.
QByteArray hash(std::initializer_list<QByteArrayView> parts);
QByteArray hmac(QByteArrayView key, std::initializer_list<QByteArrayView> parts);

} // namespace Herald::Sha256
