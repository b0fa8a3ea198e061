#pragma once

#include <QString>

#include <optional>

namespace Herald::PassphraseHash {

// PBKDF2-HMAC-SHA256 with a random 16-byte salt, as "pbkdf2-sha256$<iterations>$<salt>$<key>"
// (base64). The iteration count is stored so it can rise later without breaking old hashes.
inline constexpr int defaultIterations = 210000; // OWASP's 2023 figure for PBKDF2-SHA256 was 600k
                                                 // for servers; a desktop confirm must stay near 0.2 s

QString encode(const QString& passphrase, int iterations = defaultIterations);
// For the demo database only, where opening fast matters more than a strong hash: few
// iterations, marked "demo-pbkdf2-sha256$<iterations>$<salt>$<key>$<database id>" and bound to
// the database the demo seeder wrote, so it is refused in any other (PassphraseVerifier).
QString encodeDemo(const QString& passphrase, const QString& databaseId, int iterations);
// The database a demo hash was made for; nothing for an ordinary hash.
std::optional<QString> demoDatabaseOf(const QString& encoded);
// False for a wrong passphrase and for a malformed or empty stored hash. Compares in constant time.
bool verify(const QString& passphrase, const QString& encoded);

} // namespace Herald::PassphraseHash
