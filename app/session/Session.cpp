#include "session/Session.h"

#include "base/Clock.h"
#include "base/HeraldError.h"
#include "channels/UrlPolicy.h"
#include "delivery/OutboxSettings.h"
#include "delivery/SenderCatalog.h"
#include "demo/DemoSeeder.h"
#include "domain/TimelineEventType.h"
#include "signing/StandardWebhookSignature.h"
#include "store/Transaction.h"
#include "workflow/TimelineRecorder.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Herald {

Session::Session(std::shared_ptr<Database> database, const Clock& clock, const Dispatcher::Options& dispatch,
                 int passphraseIterations)
    : m_database(database)
    , m_store(database)
    , m_clock(clock)
    , m_templates(TemplateLibrary::shipped())
    , m_incidents(m_store, clock, &m_notifier)
    , m_verifier(m_store, clock)
    , m_people(m_store, clock, &m_notifier, passphraseIterations)
    , m_policies(m_store, clock, &m_notifier)
    , m_drafts(m_store, m_templates, m_composer, m_policies, clock, &m_notifier)
    , m_reviews(m_store, m_drafts, m_policies, clock, &m_notifier)
    , m_copyDesk(m_store, m_drafts, clock, &m_notifier)
    , m_outbox(m_store, clock, &m_notifier)
    , m_manual(m_store, clock, &m_notifier)
    , m_templateService(m_store, m_templates, clock, &m_notifier)
    , m_dispatcher(std::make_unique<DispatcherThread>(database, clock, m_notifier, dispatch))
    , m_allowedNetworks(dispatch.addresses)
{
    m_templateService.reload();
    startChainWitness();
    m_dispatcher->start();
}

Session::~Session()
{
    m_dispatcher->stop();
    // The last rounds' head, so the witness window closes with the session (bounded: a keychain
    // that does not answer must not hold up quitting; one that never answered is not waited for).
    if (m_witness->isLoaded())
        m_witness->flush(3000);
}

void Session::startChainWitness()
{
    const Store store = m_store;
    m_witness = std::make_unique<ChainWitness>(
        m_secrets, m_store.databaseId(),
        ChainWitness::Source{[store] { return store.timeline().head(); },
                             [store](qint64 sequence) { return store.timeline().hashAt(sequence); }},
        m_clock);
    // Every change that appends to the timeline announces itself after its commit; the witness's
    // own poll catches the rest (another process on the same file).
    ChainWitness* witness = m_witness.get();
    const auto moved = [witness] { witness->headMoved(); };
    QObject::connect(&m_notifier, &ChangeNotifier::timelineAppended, witness, moved);
    QObject::connect(&m_notifier, &ChangeNotifier::draftChanged, witness, moved);
    QObject::connect(&m_notifier, &ChangeNotifier::incidentsChanged, witness, moved);
    QObject::connect(&m_notifier, &ChangeNotifier::peopleChanged, witness, moved);
    QObject::connect(&m_notifier, &ChangeNotifier::endpointsChanged, witness, moved);
}

void Session::send(qint64 draftId, const Identity& actor)
{
    m_drafts.send(draftId, actor);
    m_dispatcher->wake();
}

void Session::retryDelivery(qint64 deliveryId, const Identity& actor)
{
    m_outbox.retryNow(deliveryId, actor);
    m_dispatcher->wake();
}

void Session::cancelDelivery(qint64 deliveryId, const Identity& actor)
{
    m_outbox.cancel(deliveryId, actor);
}

void Session::sendEmergency(qint64 draftId, const Identity& actor, const QString& reason)
{
    m_drafts.sendEmergency(draftId, actor, reason);
    m_dispatcher->wake();
}

std::optional<QString> Session::loadCheckSettings(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly))
        return QCoreApplication::translate("Session", "%1: %2").arg(path, file.errorString());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return QCoreApplication::translate("Session", "%1: not a JSON object (%2 at byte %3)")
            .arg(path, parseError.errorString())
            .arg(parseError.offset);
    const auto settings = CheckSettings::fromJson(document.object());
    if (!settings)
        return u"%1: %2"_s.arg(path, settings.error());
    m_drafts.setCheckSettings(*settings);
    return std::nullopt;
}

qint64 Session::saveEndpoint(const ChannelEndpoint& endpoint, qint64 actorId)
{
    if (endpoint.name.trimmed().isEmpty())
        throw HeraldError(QCoreApplication::translate("Session", "Give the endpoint a name."));
    // Web addresses must pass the URL policy (https, no private ranges); the channel checks the rest.
    if (endpoint.address.contains(u"://"_s))
        if (const QString problem = UrlPolicy::checkEndpointUrl(QUrl(endpoint.address)); !problem.isEmpty())
            throw HeraldError(problem);
    // A manual endpoint (a phone tree, a partner portal) is sent by a person: nothing to check.
    const bool manual = endpoint.settings.value(u"provider"_s).toString() == u"manual"_s;
    if (const ChannelSender* sender = manual ? nullptr : senderInfo(endpoint.channel))
        if (const QString problem = sender->validate(endpoint); !problem.isEmpty())
            throw HeraldError(problem);
    Transaction transaction(m_store.connection());
    qint64 id = endpoint.id;
    if (id == 0)
        id = m_store.endpoints().add(endpoint);
    else
        m_store.endpoints().update(endpoint);
    TimelineRecorder(m_store, m_clock)
        .record(
            0, actorId, TimelineEventType::EndpointChanged,
            QCoreApplication::translate("Session", "Set %1 endpoint \"%2\" to %3%4")
                .arg(channelLabel(endpoint.channel), endpoint.name, endpoint.address,
                     endpoint.enabled ? QString() : QCoreApplication::translate("Session", " (disabled)")),
            {{u"endpoint"_s, id},
             {u"address"_s, endpoint.address},
             {u"enabled"_s, endpoint.enabled},
             {u"settings"_s, endpoint.settings},
             {u"fallback"_s, endpoint.fallbackId},
             {u"sandbox"_s, endpoint.sandboxAddress},
             {u"rate_per_second"_s, endpoint.ratePerSecond}});
    transaction.commit();
    Q_EMIT m_notifier.endpointsChanged();
    return id;
}

void Session::setAllowedNetworks(const QString& ranges, qint64 actorId)
{
    QString problem;
    const auto policy = AddressPolicy::fromText(ranges, &problem);
    if (!policy)
        throw HeraldError(problem);
    OutboxSettings::saveAllowedPrivateNetworks(*policy);
    const QString text = policy->toText();
    TimelineRecorder(m_store, m_clock)
        .record(0, actorId, TimelineEventType::NetworksAllowed,
                text.isEmpty()
                    ? QCoreApplication::translate("Session", "Senders may reach no private network")
                    : QCoreApplication::translate("Session", "Senders may reach these private networks: %1")
                          .arg(text),
                {{u"ranges"_s, text}});
    m_allowedNetworks = *policy;
    m_dispatcher->setAddressPolicy(*policy);
}

void Session::saveEndpointSecret(qint64 endpointId, const QByteArray& secret,
                                 std::function<void(const QString&)> done)
{
    m_secrets.write(SecretStore::endpointKey(m_store.databaseId(), endpointId), secret,
                    [this, done = std::move(done)](const QString& error) {
                        if (error.isEmpty())
                            Q_EMIT m_notifier.endpointsChanged(); // the dispatcher reads the new credential
                        done(error);
                    });
}

QString Session::newWebhookSecret()
{
    return StandardWebhookSignature::generateSecret();
}

void Session::seedDemo(const QDateTime& now, std::function<void(const QString&)> done)
{
    DemoSeeder::seed(m_store, m_templates, now);
    QList<qint64> webhooks;
    for (const ChannelEndpoint& endpoint : m_store.endpoints().all())
        if (endpoint.channel == ChannelKind::Webhook)
            webhooks.append(endpoint.id);
    if (webhooks.isEmpty()) {
        done({});
        return;
    }
    // The keychain answers one endpoint at a time; done runs once, after the last answer.
    struct Pending {
        qsizetype left;
        QString error;
        std::function<void(const QString&)> done;
    };
    auto pending = std::make_shared<Pending>(webhooks.size(), QString(), std::move(done));
    const auto finished = [pending](const QString& error) {
        if (pending->error.isEmpty())
            pending->error = error;
        if (--pending->left == 0)
            pending->done(pending->error);
    };
    // Keys name this database, so nothing stored for another database can be overwritten here.
    for (const qint64 id : std::as_const(webhooks))
        saveEndpointSecret(id, newWebhookSecret().toUtf8(), finished);
}

QByteArray Session::samplePayload(ChannelKind channel) const
{
    const MessageTemplate* sample = m_templates.find(u"partial-outage-identified"_s);
    if (!sample)
        return {};
    QVariantMap values;
    for (const TemplateVariable& variable : sample->variables)
        values.insert(variable.name, variable.example);
    Incident incident;
    incident.title = QCoreApplication::translate("Session", "Sample incident");
    incident.status = IncidentStatus::Identified;
    incident.startedAt = m_clock.now();
    const ComposedUpdate update = m_composer.compose(*sample, incident, values, {channel});
    const ChannelMessage* message = update.message(channel);
    if (!message)
        return {};
    return message->wire.isEmpty() ? message->text.toUtf8() : message->wire;
}

const ChannelSender* Session::senderInfo(ChannelKind channel)
{
    if (m_senderInfo.empty()) {
        m_infoNetwork = std::make_unique<OutboxNetwork>();
        m_senderInfo = SenderCatalog::create({*m_infoNetwork, m_clock, 0});
    }
    for (const auto& sender : m_senderInfo)
        if (sender->channel() == channel)
            return sender.get();
    return nullptr;
}

} // namespace Herald
