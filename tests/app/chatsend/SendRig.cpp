#include "SendRig.h"

#include "store/Store.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace Herald::Test {

namespace {
std::unique_ptr<PrivateSecretService> keychainService;

std::shared_ptr<SecretStore> keychain()
{
    return std::make_shared<KeychainSecretStore>(u"herald-chatsend-test"_s);
}
} // namespace

QString SendRig::startKeychain()
{
    keychainService = std::make_unique<PrivateSecretService>();
    return keychainService->error();
}

SendRig::SendRig(ChannelKind channel) : m_channel(channel) {}

void SendRig::addEndpoint(const QString& address, const QByteArray& secret)
{
    for (const ChannelEndpoint& e : f.store().endpoints().all())
        f.store().endpoints().update({e.id, e.channel, e.name, e.address, false});
    endpoint = f.store().endpoints().add({0, m_channel, u"Under test"_s, address, true});
    // Endpoint ids start again in every test's database, the keychain does not: clear the entry
    // an earlier test left when this endpoint has no secret.
    std::optional<QString> written;
    const auto finished = [&](const QString& e) { written = e; };
    if (secret.isEmpty())
        keychain()->remove(SecretStore::endpointKey(f.store().databaseId(), endpoint), finished);
    else
        keychain()->write(SecretStore::endpointKey(f.store().databaseId(), endpoint), secret, finished);
    if (!QTest::qWaitFor([&] { return written.has_value(); }, 10000) ||
        (!secret.isEmpty() && !written->isEmpty()))
        qFatal("Could not store the endpoint's secret: %s", qPrintable(written.value_or(u"timed out"_s)));
}

SendRig::~SendRig()
{
    m_dispatcher.reset();
}

Delivery SendRig::row()
{
    return f.store().deliveries().forDraft(draft).value(0);
}

QByteArray SendRig::approvedWire()
{
    const QList<Approval> approvals = f.store().approvals().forDraft(draft);
    for (const ChannelMessage& message : approvals.last().messages)
        if (message.channel == m_channel)
            return message.wire;
    return {};
}

Delivery SendRig::waitForAttempt(int attempt)
{
    (void)QTest::qWaitFor([&] { return row().attempts >= attempt && row().state != DeliveryState::InFlight; },
                          15000);
    return row();
}

Delivery SendRig::sendAndWait()
{
    draft = f.approvedDraft({m_channel});
    f.drafts.send(draft, f.as(f.alex));
    m_dispatcher = std::make_unique<Dispatcher>(
        f.store().sharedDatabase(), f.clock(), f.notifier,
        Dispatcher::Options{RetryPolicy({0, 5, 300}, 0.0), 5'000, 8, 1, keychain()});
    m_dispatcher->start();
    return waitForAttempt(1);
}

Delivery SendRig::retryAndWait()
{
    const Delivery before = row();
    f.clock().advanceSeconds(f.clock().now().secsTo(before.nextAttemptAt));
    m_dispatcher->wake();
    return waitForAttempt(before.attempts + 1);
}

} // namespace Herald::Test
