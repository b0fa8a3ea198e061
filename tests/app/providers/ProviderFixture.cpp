#include "ProviderFixture.h"

#include "signing/SigV4Signer.h"
#include "store/Store.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Herald::Test {

namespace {
std::unique_ptr<PrivateSecretService>& keychain()
{
    static std::unique_ptr<PrivateSecretService> service;
    return service;
}
} // namespace

QString ProviderFixture::startKeychain()
{
    keychain() = std::make_unique<PrivateSecretService>();
    return keychain()->error();
}

void ProviderFixture::stopKeychain()
{
    keychain().reset();
}

ProviderFixture::ProviderFixture() : secrets(std::make_shared<KeychainSecretStore>(u"herald-provider-test"_s))
{
    f.disableEndpoints();
}

ProviderFixture::~ProviderFixture() = default;

qint64 ProviderFixture::addEndpoint(ChannelKind channel, const QString& address, const QJsonObject& settings,
                                    const QByteArray& secret)
{
    ChannelEndpoint endpoint{0, channel, channelLabel(channel) + u" under test"_s, address, true, settings};
    const qint64 id = f.store().endpoints().add(endpoint);
    // Every test's database numbers its endpoints from 1 again, and the keychain outlives it.
    std::optional<QString> written;
    const auto finished = [&](const QString& error) { written = error; };
    if (secret.isEmpty())
        secrets->remove(SecretStore::endpointKey(f.store().databaseId(), id), finished);
    else
        secrets->write(SecretStore::endpointKey(f.store().databaseId(), id), secret, finished);
    if (!QTest::qWaitFor([&] { return written.has_value(); }, 10000) ||
        (!secret.isEmpty() && !written->isEmpty()))
        qFatal("Could not store the credential: %s", qPrintable(written.value_or(u"timed out"_s)));
    return id;
}

qint64 ProviderFixture::sendUpdate(ChannelKind channel, const QString& templateId, qint64 incidentId,
                                   const QString& impact)
{
    const qint64 draft = f.filledDraft({channel}, templateId, incidentId, impact);
    f.drafts.submit(draft, f.as(f.alex));
    f.tick();
    f.drafts.approve(draft, f.as(f.jordan), u"Clear."_s);
    f.tick();
    f.drafts.send(draft, f.as(f.alex));
    return draft;
}

Dispatcher& ProviderFixture::dispatcher()
{
    if (!m_dispatcher)
        m_dispatcher = std::make_unique<Dispatcher>(
            f.store().sharedDatabase(), f.clock(), f.notifier,
            Dispatcher::Options{RetryPolicy({0, 5, 300}, 0.0), 5000, 8, 1, secrets});
    return *m_dispatcher;
}

Delivery ProviderFixture::dispatch(qint64 draft, int attempts)
{
    if (std::exchange(m_started, true))
        dispatcher().wake();
    else
        dispatcher().start();
    const auto row = [&] { return f.store().deliveries().forDraft(draft).value(0); };
    if (!QTest::qWaitFor([&] { return row().attempts >= attempts && row().state != DeliveryState::InFlight; },
                         15000))
        qWarning("Draft %lld: no finished attempt %d within 15 s", draft, attempts);
    return row();
}

HttpReceiver::Responder ProviderFixture::answering(int status, const QByteArray& body,
                                                   const QByteArray& retryAfter)
{
    return [=](const HttpReceiver::Request&) {
        HttpReceiver::Reply reply{status, body, {{"Content-Type", "application/json"}}};
        if (!retryAfter.isEmpty())
            reply.headers.append({"Retry-After", retryAfter});
        return reply;
    };
}

QUrlQuery ProviderFixture::form(const QByteArray& body)
{
    // '+' is a space in forms; QUrlQuery leaves it alone.
    return QUrlQuery(QString::fromUtf8(QByteArray(body).replace('+', "%20")));
}

QString ProviderFixture::checkSigV4(const HttpReceiver::Request& request, const QString& accessKeyId,
                                    const QString& secretAccessKey, const QString& region,
                                    const QString& service)
{
    const QByteArray date = request.headers.value("x-amz-date");
    const QDateTime local = QDateTime::fromString(QString::fromLatin1(date), u"yyyyMMdd'T'HHmmss'Z'"_s);
    const QDateTime utc(local.date(), local.time(), QTimeZone::UTC);
    if (!utc.isValid())
        return u"no valid X-Amz-Date: %1"_s.arg(QString::fromLatin1(date));
    SigV4Request wire;
    wire.method = request.method;
    wire.path = request.path.toUtf8();
    wire.headers = {{"Host", request.headers.value("host")},
                    {"Content-Type", request.headers.value("content-type")}};
    wire.body = request.body;
    const SigV4Signer signer({accessKeyId, secretAccessKey, {}}, region, service);
    const QByteArray expected = signer.sign(wire, utc).authorization;
    const QByteArray got = request.headers.value("authorization");
    return expected == got ? QString()
                           : u"Authorization %1, expected %2"_s.arg(QString::fromLatin1(got),
                                                                    QString::fromLatin1(expected));
}

} // namespace Herald::Test
