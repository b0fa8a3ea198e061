#pragma once

#include "HttpReceiver.h"
#include "PrivateSecretService.h"
#include "WorkflowFixture.h"
#include "delivery/Dispatcher.h"
#include "secrets/KeychainSecretStore.h"

#include <memory>

namespace Herald::Test {

// One approved update to one endpoint of a channel, its credential in a real keychain, sent by
// the real dispatcher: what every test here starts from.
class SendRig {
public:
    // The keychain must exist before anything talks to D-Bus: one per test process.
    static QString startKeychain();

    explicit SendRig(ChannelKind channel);
    ~SendRig();
    // The one enabled endpoint (every fixture endpoint is disabled): at `address`, with `secret`
    // in the keychain when not empty.
    void addEndpoint(const QString& address, const QByteArray& secret);

    WorkflowFixture f;
    HttpReceiver receiver;
    qint64 endpoint = 0;
    qint64 draft = 0;

    // Approves and sends the update, starts the dispatcher and waits for the first outcome.
    Delivery sendAndWait();
    // Moves the clock to the next attempt and waits for its outcome.
    Delivery retryAndWait();
    Delivery row();
    // The payload as approved for the channel: what must go on the wire, byte for byte.
    QByteArray approvedWire();
    ChannelKind channel() const { return m_channel; }

private:
    Delivery waitForAttempt(int attempt);

    ChannelKind m_channel;
    std::unique_ptr<Dispatcher> m_dispatcher;
};

} // namespace Herald::Test
