#pragma once

#include "secrets/SecretStore.h"

#include <QCoreApplication>

namespace Herald {

// SecretStore on the platform keychain through QtKeychain (the Secret Service on Linux, the
// macOS Keychain, the Windows Credential Manager). No insecure fallback: without a keychain,
// reads and writes fail with a message saying so.
class KeychainSecretStore final : public SecretStore {
    Q_DECLARE_TR_FUNCTIONS(KeychainSecretStore)

public:
    // service: the name entries are filed under (the application id by default).
    explicit KeychainSecretStore(QString service = {});
    void read(const QString& key, ReadDone done) override;
    void write(const QString& key, const QByteArray& secret, WriteDone done) override;
    void remove(const QString& key, WriteDone done) override;

private:
    QString m_service;
};

} // namespace Herald
