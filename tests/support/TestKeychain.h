#pragma once

#include "secrets/SecretStore.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>
#include <utility>

namespace Herald::Test {

// The real keychain for tests: one private Secret Service (gnome-keyring on its own D-Bus bus)
// per test process, started on first use, and synchronous writes into it. Child processes the
// test starts (herald-cli) inherit the bus and see the same secrets.
namespace Keychain {
// Empty when running; otherwise what is missing.
QString start();
// Stores a credential where the dispatcher looks: the application's keychain service, under
// the key of the database (Store::databaseId()) and endpoint.
void put(const QString& databaseId, qint64 endpointId, const QByteArray& secret);
// A fresh Standard Webhooks secret ("whsec_...") for the endpoint, stored and returned.
QString putWebhookSecret(const QString& databaseId, qint64 endpointId);
// Starts an asynchronous read (`start` is given the callback) and waits for its answer: the
// secret or nothing, and the error ("timed out" after 10 s).
std::pair<std::optional<QByteArray>, QString>
awaitRead(const std::function<void(SecretStore::ReadDone)>& start);
} // namespace Keychain

} // namespace Herald::Test
