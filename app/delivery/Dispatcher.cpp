#include "delivery/Dispatcher.h"

#include "base/Clock.h"
#include "base/HeraldError.h"
#include "channels/ChannelSender.h"
#include "channels/manual/ManualSender.h"
#include "delivery/SenderCatalog.h"
#include "domain/TimelineEventType.h"
#include "secrets/KeychainSecretStore.h"
#include "store/Store.h"
#include "store/Transaction.h"
#include "workflow/ChangeNotifier.h"
#include "workflow/SendCompletion.h"
#include "workflow/TimelineRecorder.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QTimer>
#include <QtDebug>

using namespace Qt::StringLiterals;

namespace Herald {

Dispatcher::Dispatcher(std::shared_ptr<Database> database, const Clock& clock, ChangeNotifier& notifier,
                       const Options& options, QObject* parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_clock(clock)
    , m_notifier(notifier)
    , m_options(options)
    , m_random(options.seed ? options.seed : QRandomGenerator::system()->generate())
{
}

Dispatcher::~Dispatcher() = default;

void Dispatcher::setSender(std::unique_ptr<ChannelSender> sender)
{
    std::erase_if(m_senders, [&](const auto& s) { return s->channel() == sender->channel(); });
    m_senders.push_back(std::move(sender));
}

ChannelSender* Dispatcher::senderFor(ChannelKind channel) const
{
    for (const auto& sender : m_senders)
        if (sender->channel() == channel)
            return sender.get();
    return nullptr;
}

void Dispatcher::start()
{
    // Created here, on the dispatcher's own thread.
    m_store = std::make_unique<Store>(m_database);
    m_network = new QNetworkAccessManager(this);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &Dispatcher::wake);
    connect(&m_notifier, &ChangeNotifier::endpointsChanged, this, &Dispatcher::forgetSecrets);
    // Senders a test set stay; every other channel gets its real one.
    const auto statusHistory = [this](const QString& target) {
        return m_store->statusHistory().deliveredTo(target);
    };
    const auto lastReference = [this](qint64 incidentId, qint64 endpointId) {
        return m_store->deliveries().lastReference(incidentId, endpointId);
    };
    for (auto& sender :
         SenderCatalog::create({*m_network, m_clock, m_options.timeoutMs, statusHistory, lastReference}))
        if (!senderFor(sender->channel()))
            m_senders.push_back(std::move(sender));
    m_secrets = m_options.secrets ? m_options.secrets : std::make_shared<KeychainSecretStore>();
    try {
        Transaction transaction(m_store->connection());
        const int resumed = m_store->deliveries().requeueInFlight(m_clock.now());
        transaction.commit();
        if (resumed > 0)
            qInfo("Resuming %d deliveries left in flight by an earlier run", resumed);
    } catch (const HeraldError& error) {
        qWarning("%s", qPrintable(error.message()));
    }
    wake();
}

void Dispatcher::shutdown()
{
    m_stopped = true;
    if (m_timer)
        m_timer->stop();
    m_store.reset();
    m_database->closeThreadConnection();
}

void Dispatcher::wake()
{
    if (m_stopped || !m_store)
        return;
    m_wakeQueued = false;
    try {
        // A busy channel's rows are left out of the query, so they neither hold up the other
        // channels nor make the timer fire again at once; finishing a send wakes us anyway.
        for (;;) {
            const QList<Delivery> due = m_store->deliveries().due(m_clock.now(), 50, busyChannels());
            int dispatched = 0;
            QList<Delivery> claimed;
            {
                // One transaction claims the whole batch (and holds back what is over its rate):
                // a commit per row would make the disk, not the network, the limit. The claims
                // still commit before the network is touched.
                Transaction transaction(m_store->connection());
                QHash<ChannelKind, int> planned = m_inFlightByChannel;
                for (const Delivery& delivery : due) {
                    if (planned.value(delivery.channel) >= m_options.maxInFlightPerChannel)
                        continue;
                    ++dispatched;
                    if (const auto slot = rateLimited(delivery)) {
                        m_store->deliveries().defer(delivery.id, *slot);
                        continue;
                    }
                    if (m_store->deliveries().claim(delivery.id, m_clock.now())) {
                        ++planned[delivery.channel];
                        claimed << delivery;
                    }
                }
                transaction.commit();
            }
            for (const Delivery& delivery : std::as_const(claimed))
                dispatch(delivery);
            if (dispatched == 0)
                break;
        }
    } catch (const HeraldError& error) {
        qWarning("Outbox: %s", qPrintable(error.message()));
    }
    scheduleNextWake();
}

std::optional<QDateTime> Dispatcher::rateLimited(const Delivery& delivery)
{
    double rate = 0;
    if (const auto endpoint = m_store->endpoints().byId(delivery.endpointId);
        endpoint && endpoint->ratePerSecond > 0)
        rate = endpoint->ratePerSecond;
    else if (ChannelSender* sender = senderFor(delivery.channel))
        rate = sender->defaultRatePerSecond();
    if (rate <= 0 || delivery.isDryRun())
        return std::nullopt;
    const QDateTime now = m_clock.now();
    QDateTime& slot = m_nextSlot[delivery.endpointId];
    if (slot.isValid() && now < slot)
        return slot;
    slot = now.addMSecs(qint64(1000.0 / rate));
    return std::nullopt;
}

void Dispatcher::fallBack(const Delivery& delivery)
{
    const auto endpoint = m_store->endpoints().byId(delivery.endpointId);
    if (!endpoint || endpoint->fallbackId == 0 || delivery.isDryRun())
        return;
    const auto fallback = m_store->endpoints().byId(endpoint->fallbackId);
    // A fallback is usually disabled, so that it is not a recipient of its own; it still serves.
    if (!fallback || fallback->channel != delivery.channel)
        return;
    Delivery next = delivery;
    next.endpointId = fallback->id;
    next.target = fallback->address;
    // Stable, like every key: a second give-up of the same row finds it there already.
    next.idempotencyKey = delivery.idempotencyKey + u"-fb%1"_s.arg(fallback->id);
    if (m_store->deliveries().hasKey(next.idempotencyKey))
        return;
    next.state = DeliveryState::Pending;
    next.attempts = 0;
    next.createdAt = next.nextAttemptAt = m_clock.now();
    next.fallbackOf = delivery.id;
    m_store->deliveries().add(next);
    TimelineRecorder(*m_store, m_clock)
        .record(delivery.incidentId, 0, TimelineEventType::DeliveryFallback,
                tr("Trying %1 \"%2\" for update #%3 instead of \"%4\"")
                    .arg(channelLabel(delivery.channel), fallback->name)
                    .arg(delivery.draftId)
                    .arg(endpoint->name),
                {{u"delivery"_s, delivery.id},
                 {u"draft"_s, delivery.draftId},
                 {u"fallback_endpoint"_s, fallback->id}});
}

void Dispatcher::queueWake()
{
    if (std::exchange(m_wakeQueued, true))
        return;
    QMetaObject::invokeMethod(this, &Dispatcher::wake, Qt::QueuedConnection);
}

QList<ChannelKind> Dispatcher::busyChannels() const
{
    QList<ChannelKind> busy;
    for (auto it = m_inFlightByChannel.cbegin(); it != m_inFlightByChannel.cend(); ++it)
        if (it.value() >= m_options.maxInFlightPerChannel)
            busy << it.key();
    return busy;
}

void Dispatcher::scheduleNextWake()
{
    if (m_stopped || !m_store)
        return;
    QDateTime next;
    try {
        next = m_store->deliveries().nextDueTime(busyChannels());
    } catch (const HeraldError& error) {
        qWarning("Outbox: %s", qPrintable(error.message()));
        next = m_clock.now().addSecs(5);
    }
    if (!next.isValid()) {
        if (m_inFlight == 0)
            Q_EMIT idle();
        return;
    }
    const qint64 ms = std::clamp<qint64>(m_clock.now().msecsTo(next), 0, 3'600'000);
    m_timer->start(std::chrono::milliseconds(ms));
}

void Dispatcher::dispatch(const Delivery& delivery)
{
    // Claimed (committed in flight) by wake(): a crash from here on leaves an in-flight row
    // that the next start resends with the same idempotency key.
    ChannelSender* sender = senderFor(delivery.channel);
    Delivery claimed = delivery;
    claimed.attempts += 1;
    claimed.state = DeliveryState::InFlight;
    if (delivery.isDryRun()) {
        SendOutcome outcome;
        outcome.kind = SendOutcome::Kind::Delivered;
        outcome.message = tr("drill: dry run, nothing sent");
        record(claimed, outcome);
        return;
    }
    // A manual endpoint (a phone tree, a partner portal), whatever its channel: nothing is sent;
    // the row waits for a person, who marks it done or failed (ManualDeliveries).
    if (const auto endpoint = m_store->endpoints().byId(delivery.endpointId);
        endpoint && ManualSender::isManual(*endpoint)) {
        ManualSender(delivery.channel).send(claimed, {*endpoint, {}}, [&](const SendOutcome& outcome) {
            record(claimed, outcome);
        });
        return;
    }
    if (!sender) {
        SendOutcome outcome;
        outcome.kind = SendOutcome::Kind::Permanent;
        outcome.message = tr("Herald cannot send to %1 yet").arg(channelLabel(delivery.channel));
        record(claimed, outcome);
        return;
    }
    SendContext context;
    if (const auto endpoint = m_store->endpoints().byId(delivery.endpointId))
        context.endpoint = *endpoint;
    ++m_inFlight;
    ++m_inFlightByChannel[delivery.channel];
    if (!sender->needsSecret()) {
        handOver(*sender, claimed, context);
        return;
    }
    // Read once per endpoint: a batch of thousands must not ask the keychain thousands of times.
    if (const auto cached = m_secretCache.constFind(delivery.endpointId); cached != m_secretCache.cend()) {
        context.secret = *cached;
        handOver(*sender, claimed, context);
        return;
    }
    // The keychain answers asynchronously; a missing credential reaches the sender as empty,
    // and the sender says what is missing.
    m_secrets->read(
        SecretStore::endpointKey(delivery.endpointId),
        [this, sender, claimed, context](std::optional<QByteArray> secret, const QString&) mutable {
            if (secret)
                m_secretCache.insert(claimed.endpointId, *secret);
            context.secret = secret.value_or(QByteArray());
            handOver(*sender, claimed, context);
        });
}

void Dispatcher::handOver(ChannelSender& sender, const Delivery& claimed, const SendContext& context)
{
    if (m_stopped)
        return; // the row stays in flight and is resumed on the next start
    sender.send(claimed, context, [this, claimed](const SendOutcome& outcome) {
        --m_inFlight;
        --m_inFlightByChannel[claimed.channel];
        if (m_stopped)
            return; // the row stays in flight and is resumed on the next start
        record(claimed, outcome);
        // Queued: a sender may answer at once, from inside wake(), and must not recurse into it.
        queueWake();
    });
}

void Dispatcher::record(Delivery delivery, const SendOutcome& outcome)
{
    const QDateTime now = m_clock.now();
    delivery.updatedAt = now;
    delivery.lastError = outcome.kind == SendOutcome::Kind::Delivered ? QString() : outcome.message;
    delivery.providerReference = outcome.providerReference;
    QString type = TimelineEventType::DeliveryAttempted;
    QString summary;
    const QString where = u"%1 %2"_s.arg(channelLabel(delivery.channel), delivery.target);
    switch (outcome.kind) {
    case SendOutcome::Kind::Delivered:
        delivery.state = DeliveryState::Delivered;
        type = TimelineEventType::DeliveryDelivered;
        summary = tr("Delivered update #%1 to %2 (%3)").arg(delivery.draftId).arg(where, outcome.message);
        break;
    case SendOutcome::Kind::Permanent:
        delivery.state = DeliveryState::Failed;
        type = TimelineEventType::DeliveryFailed;
        summary = tr("Could not deliver update #%1 to %2: %3; not retried")
                      .arg(delivery.draftId)
                      .arg(where, outcome.message);
        break;
    case SendOutcome::Kind::AwaitingPerson:
        delivery.state = DeliveryState::AwaitingPerson;
        delivery.lastError.clear(); // nothing went wrong: a person sends this one
        summary = tr("Update #%1 to %2 waits for a person to send it by hand (%3)")
                      .arg(delivery.draftId)
                      .arg(where, outcome.message);
        break;
    case SendOutcome::Kind::Retry:
        if (const auto delay =
                m_options.retry.nextDelayMs(delivery.attempts, outcome.retryAfterSeconds, m_random)) {
            delivery.state = DeliveryState::Pending;
            delivery.nextAttemptAt = now.addMSecs(*delay);
            summary = tr("Attempt %1 to deliver update #%2 to %3 failed: %4; retrying at %5")
                          .arg(delivery.attempts)
                          .arg(delivery.draftId)
                          .arg(where, outcome.message, delivery.nextAttemptAt.toString(u"HH:mm:ss 'UTC'"_s));
        } else {
            delivery.state = DeliveryState::DeadLetter;
            type = TimelineEventType::DeliveryFailed;
            summary = tr("Gave up delivering update #%1 to %2 after %3 attempts: %4")
                          .arg(delivery.draftId)
                          .arg(where)
                          .arg(delivery.attempts)
                          .arg(outcome.message);
        }
        break;
    }
    try {
        Transaction transaction(m_store->connection());
        m_store->deliveries().recordOutcome(delivery);
        TimelineRecorder(*m_store, m_clock)
            .record(delivery.incidentId, 0, type, summary,
                    {{u"delivery"_s, delivery.id},
                     {u"draft"_s, delivery.draftId},
                     {u"attempt"_s, delivery.attempts},
                     {u"outcome"_s, deliveryStateKey(delivery.state)},
                     {u"http_status"_s, outcome.httpStatus},
                     {u"idempotency_key"_s, delivery.idempotencyKey}});
        if (delivery.state == DeliveryState::DeadLetter || delivery.state == DeliveryState::Failed)
            fallBack(delivery);
        SendCompletion::update(*m_store, m_clock, delivery.draftId);
        transaction.commit();
    } catch (const HeraldError& error) {
        // Not recorded: the row stays in flight and is resent with the same key on restart.
        qWarning("Outbox: %s", qPrintable(error.message()));
        return;
    }
    m_notifier.announceDelivery(delivery.draftId, delivery.incidentId);
}

} // namespace Herald
