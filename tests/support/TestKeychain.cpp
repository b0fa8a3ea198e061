#include "TestKeychain.h"

#include "PrivateSecretService.h"
#include "secrets/KeychainSecretStore.h"
#include "signing/StandardWebhookSignature.h"

#include <QTest>

#include <memory>

namespace Herald::Test::Keychain {

QString start()
{
    static std::unique_ptr<PrivateSecretService> service;
    if (!service)
        service = std::make_unique<PrivateSecretService>();
    return service->error();
}

std::pair<std::optional<QByteArray>, QString>
awaitRead(const std::function<void(SecretStore::ReadDone)>& start)
{
    std::optional<std::pair<std::optional<QByteArray>, QString>> result;
    start([&](std::optional<QByteArray> secret, const QString& error) { result = {secret, error}; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
        return {std::nullopt, QStringLiteral("timed out")};
    return *result;
}

void put(const QString& databaseId, qint64 endpointId, const QByteArray& secret)
{
    if (const QString error = start(); !error.isEmpty())
        qFatal("No keychain for the test: %s", qPrintable(error));
    std::optional<QString> written;
    KeychainSecretStore().write(SecretStore::endpointKey(databaseId, endpointId), secret,
                                [&](const QString& error) { written = error; });
    if (!QTest::qWaitFor([&] { return written.has_value(); }, 10000) || !written->isEmpty())
        qFatal("Could not store a secret: %s", qPrintable(written.value_or(QStringLiteral("timed out"))));
}

QString putWebhookSecret(const QString& databaseId, qint64 endpointId)
{
    const QString secret = StandardWebhookSignature::generateSecret();
    put(databaseId, endpointId, secret.toUtf8());
    return secret;
}

} // namespace Herald::Test::Keychain
