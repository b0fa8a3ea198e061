#pragma once

#include "HttpReceiver.h"
#include "PrivateSecretService.h"
#include "WorkflowFixture.h"
#include "delivery/Dispatcher.h"
#include "secrets/KeychainSecretStore.h"

#include <QJsonObject>
#include <QUrlQuery>

#include <memory>

namespace Herald::Test {

// What every provider test starts from: the workflow on a fresh database with only the endpoint
// under test enabled, its credential in a real keychain, and a real Dispatcher (on the test's
// thread) that sends approved updates to a receiver on loopback.
class ProviderFixture {
public:
    // Construct in initTestCase: it points this process's D-Bus at a private Secret Service.
    static QString startKeychain();
    static void stopKeychain();

    ProviderFixture();
    ~ProviderFixture();

    WorkflowFixture f;
    std::shared_ptr<KeychainSecretStore> secrets;

    // The endpoint under test, with its credential stored (none when `secret` is empty).
    qint64 addEndpoint(ChannelKind channel, const QString& address, const QJsonObject& settings,
                       const QByteArray& secret);
    // An approved update from `templateId` on `incidentId` (0: the fixture's), sent.
    qint64 sendUpdate(ChannelKind channel, const QString& templateId = WorkflowFixture::defaultTemplate,
                      qint64 incidentId = 0, const QString& impact = WorkflowFixture::defaultImpact);
    // Starts the dispatcher (once) or wakes it, and waits for the draft's row to finish an attempt.
    Delivery dispatch(qint64 draft, int attempts = 1);
    Dispatcher& dispatcher();

    // A provider that answers every request with `status` and a JSON `body`, and Retry-After
    // when `retryAfter` is not empty.
    static HttpReceiver::Responder answering(int status, const QByteArray& body,
                                             const QByteArray& retryAfter);
    // The form fields of an application/x-www-form-urlencoded body, decoded.
    static QUrlQuery form(const QByteArray& body);
    // Empty when `request` carries the SigV4 Authorization that SigV4Signer computes for it.
    static QString checkSigV4(const HttpReceiver::Request& request, const QString& accessKeyId,
                              const QString& secretAccessKey, const QString& region, const QString& service);

private:
    std::unique_ptr<Dispatcher> m_dispatcher;
    bool m_started = false;
};

} // namespace Herald::Test
