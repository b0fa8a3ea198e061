#pragma once

#include <QString>

namespace Herald::PassphraseHash {

// PBKDF2-HMAC-SHA256 with a random 16-byte salt, as "pbkdf2-sha256$<iterations>$<salt>$<key>"
// (base64). The iteration count is stored so it can rise later without breaking old hashes.
inline constexpr int defaultIterations = 210000; // OWASP's 2023 figure for PBKDF2-SHA256 was 600k
                                                 // for servers; a desktop confirm must stay near 0.2 s

QString encode(const QString& passphrase, int iterations = defaultIterations);
// False for a wrong passphrase and for a malformed or empty stored hash. Compares in constant time.
bool verify(const QString& passphrase, const QString& encoded);

} // namespace Herald::PassphraseHash
