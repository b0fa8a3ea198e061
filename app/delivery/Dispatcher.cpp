#include "delivery/Dispatcher.h"

#include "base/Clock.h"
#include "base/HeraldError.h"
#include "channels/ChannelSender.h"
#include "channels/http/OutboxNetwork.h"
#include "channels/manual/ManualSender.h"
#include "delivery/SenderCatalog.h"
#include "domain/TimelineEventType.h"
#include "secrets/EndpointSecrets.h"
#include "secrets/KeychainSecretStore.h"
#include "store/OutboxOwner.h"
#include "store/Store.h"
#include "store/Transaction.h"
#include "store/WalFlusher.h"
#include "timeline/CanonicalJson.h"
#include "workflow/ChangeNotifier.h"
#include "workflow/SendCompletion.h"
#include "workflow/TimelineRecorder.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSet>
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
    m_network = new OutboxNetwork(m_options.addresses, this);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &Dispatcher::wake);
    connect(&m_notifier, &ChangeNotifier::endpointsChanged, this, &Dispatcher::forgetEndpoints);
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
        // A round's commit would otherwise wait for the disk while answers queue up; on a slow
        // disk that wait, not the network, would set the pace. Without a flusher, commits sync.
        m_flusher = m_database->deferThreadSyncs();
        m_flusher->setDurable(
            [this](quint64) { QMetaObject::invokeMethod(this, &Dispatcher::synced, Qt::QueuedConnection); });
    } catch (const HeraldError& error) {
        qWarning("Outbox: commits wait for the disk: %s", qPrintable(error.message()));
    }
    try {
        m_owner = OutboxOwner::take(m_database->path());
    } catch (const HeraldError& error) {
        // Without an owner's lock others would take this process's rows for orphans: send nothing.
        m_stopped = true;
        fail(error.message());
        return;
    }
    m_orphanTimer = new QTimer(this);
    m_orphanTimer->setInterval(m_options.orphanCheckMs);
    connect(m_orphanTimer, &QTimer::timeout, this, &Dispatcher::resumeOrphans);
    m_orphanTimer->start();
    resumeOrphans();
    wake();
}

void Dispatcher::resumeOrphans()
{
    // Rows another dispatcher left in flight when it died (kill -9, a crash, a power cut) are its
    // no longer; rows of dispatchers still running, in this process or another, stay theirs.
    try {
        Transaction transaction(m_store->connection());
        const int resumed = m_store->deliveries().resumeOrphans(m_clock.now(), m_owner->token());
        transaction.commit();
        if (resumed > 0) {
            qInfo("Resuming %d deliveries left in flight by a dispatcher that has stopped", resumed);
            wake();
        }
    } catch (const HeraldError& error) {
        qWarning("Outbox: %s", qPrintable(error.message()));
    }
}

void Dispatcher::fail(const QString& message)
{
    qWarning("Outbox: %s", qPrintable(message));
    Q_EMIT failed(message);
}

void Dispatcher::shutdown()
{
    m_stopped = true;
    if (m_timer)
        m_timer->stop();
    if (m_orphanTimer)
        m_orphanTimer->stop();
    // Answers already in must not be asked for again on the next start.
    if (m_store && !m_outcomes.isEmpty()) {
        try {
            Transaction transaction(m_store->connection());
            writeOutcomes(m_outcomes);
            transaction.commit();
        } catch (const HeraldError& error) {
            qWarning("Outbox: %s", qPrintable(error.message()));
        }
    }
    m_flusher.reset(); // syncs the last commits
    m_owner.reset();   // rows still in flight are now anyone's to resume
    m_store.reset();
    m_database->closeThreadConnection();
}

void Dispatcher::setAddressPolicy(const AddressPolicy& addresses)
{
    m_options.addresses = addresses;
    if (m_network)
        m_network->setAddressPolicy(addresses);
}

void Dispatcher::forgetEndpoints()
{
    m_secretCache.clear();
    m_endpoints.clear();
}

std::optional<ChannelEndpoint> Dispatcher::endpoint(qint64 id)
{
    auto cached = m_endpoints.constFind(id);
    if (cached == m_endpoints.cend())
        cached = m_endpoints.insert(id, m_store->endpoints().byId(id));
    return *cached;
}

void Dispatcher::wake()
{
    m_quiet.clear();
    work();
}

void Dispatcher::work()
{
    if (m_stopped || !m_store)
        return;
    m_wakeQueued = false;
    m_idleWhenSynced = false; // asked again at the end
    for (;;) {
        // Rows claimed ahead go first: their claim is committed already, so a slot freed by an
        // answer is used now, not after the next commit.
        sendReady();
        QList<Delivery> claimed;
        const std::optional<bool> heldBack = commitRound(claimed);
        if (!heldBack) {
            m_timer->start(std::chrono::seconds(1)); // the database refused; try again soon
            return;
        }
        for (const Delivery& delivery : std::as_const(claimed)) {
            m_ready[delivery.channel].push_back(delivery);
            ++m_openByDraft[delivery.draftId];
        }
        sendReady();
        // Each channel got all the rows it could take, except when rows were held back for their
        // rate (others of the channel may go instead) or settled at once (dry runs, manual
        // endpoints: an outcome to write and a slot free again).
        if (!*heldBack && m_outcomes.isEmpty())
            break;
    }
    scheduleNextWake();
}

std::optional<bool> Dispatcher::commitRound(QList<Delivery>& claimed)
{
    const QList<RecordedOutcome> outcomes = std::exchange(m_outcomes, {});
    bool heldBack = false;
    try {
        // One transaction for all: a commit per row would make the disk, not the network, the
        // limit. Claims still commit before the network is touched, and an outcome lost to a
        // crash leaves its row in flight, resent with the same key on the next start. A power
        // cut before the flusher synced a commit undoes it whole: its rows go again, same key.
        Transaction transaction(m_store->connection());
        writeOutcomes(outcomes);
        heldBack = claimDue(claimed);
        // What receivers are told the chain's head is (a witness outside the file): read once a
        // round, after this round's outcomes were appended.
        m_chainHead = m_store->timeline().head();
        transaction.commit();
        if (m_flusher)
            m_lastCommit = m_flusher->committed();
    } catch (const HeraldError& error) {
        // Nothing claimed in this round is sent: a claim that is not recorded must not go out.
        m_outcomes = outcomes + m_outcomes; // written with the next round
        claimed.clear();
        fail(error.message());
        return std::nullopt;
    }
    QSet<std::pair<qint64, qint64>> changed;
    for (const RecordedOutcome& outcome : outcomes)
        changed.insert({outcome.delivery.draftId, outcome.delivery.incidentId});
    for (const auto& [draft, incident] : std::as_const(changed))
        m_notifier.announceDelivery(draft, incident);
    return heldBack;
}

void Dispatcher::writeOutcomes(const QList<RecordedOutcome>& outcomes)
{
    QList<qint64> drafts;
    for (const RecordedOutcome& outcome : outcomes) {
        const Delivery& delivery = outcome.delivery;
        m_store->deliveries().recordOutcome(delivery);
        // Keys in sorted order, as CanonicalJson wants them.
        TimelineRecorder(*m_store, m_clock)
            .record(delivery.incidentId, 0, outcome.eventType, outcome.summary,
                    CanonicalJson()
                        .add("attempt"_L1, delivery.attempts)
                        .add("delivery"_L1, delivery.id)
                        .add("draft"_L1, delivery.draftId)
                        .add("http_status"_L1, outcome.httpStatus)
                        .add("idempotency_key"_L1, delivery.idempotencyKey)
                        .add("outcome"_L1, deliveryStateKey(delivery.state)));
        if (delivery.state == DeliveryState::Pending)
            m_quiet.remove(delivery.channel); // due again later
        if (outcome.endedWithoutDelivery())
            fallBack(delivery);
        if (!drafts.contains(delivery.draftId))
            drafts << delivery.draftId;
    }
    // Once per draft, after all of its outcomes of this round, unless rows of it are still out.
    for (qint64 draft : std::as_const(drafts))
        if (m_openByDraft.value(draft) == 0)
            SendCompletion::update(*m_store, m_clock, draft);
}

bool Dispatcher::claimDue(QList<Delivery>& claimed)
{
    bool heldBack = false;
    const QDateTime now = m_clock.now();
    // Per channel, only as many rows as it may still send: a busy channel costs no query.
    for (ChannelKind channel : allChannels()) {
        const int free = freeSlots(channel);
        if (free <= 0 || m_quiet.contains(channel))
            continue;
        for (const Delivery& delivery : m_store->deliveries().due(now, free, channel)) {
            if (const auto slot = rateLimited(delivery)) {
                m_store->deliveries().defer(delivery.id, *slot);
                heldBack = true;
            } else if (m_store->deliveries().claim(delivery.id, now, m_owner->token())) {
                claimed << delivery;
            }
        }
    }
    return heldBack;
}

std::optional<QDateTime> Dispatcher::rateLimited(const Delivery& delivery)
{
    double rate = 0;
    if (const auto endpoint = this->endpoint(delivery.endpointId); endpoint && endpoint->ratePerSecond > 0)
        rate = endpoint->ratePerSecond;
    else if (ChannelSender* sender = senderFor(delivery.channel))
        rate = sender->defaultRatePerSecond();
    if (rate <= 0 || delivery.isDryRun())
        return std::nullopt;
    const QDateTime now = m_clock.now();
    if (const auto booked = m_booked.constFind(delivery.id); booked != m_booked.cend()) {
        if (*booked > now)
            return *booked;
        m_booked.erase(booked); // its slot has come
        return std::nullopt;
    }
    // Each row held back gets a slot of its own, so it is held back once, not at every round.
    const qint64 interval = qint64(1000.0 / rate);
    QDateTime& next = m_nextSlot[delivery.endpointId];
    if (!next.isValid() || next <= now) {
        next = now.addMSecs(interval);
        return std::nullopt;
    }
    const QDateTime slot = next;
    next = next.addMSecs(interval);
    m_booked.insert(delivery.id, slot);
    return slot;
}

void Dispatcher::fallBack(const Delivery& delivery)
{
    const auto endpoint = this->endpoint(delivery.endpointId);
    if (!endpoint || endpoint->fallbackId == 0 || delivery.isDryRun())
        return;
    const auto fallback = this->endpoint(endpoint->fallbackId);
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
    m_quiet.remove(next.channel);
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
    QMetaObject::invokeMethod(this, &Dispatcher::work, Qt::QueuedConnection);
}

int Dispatcher::freeSlots(ChannelKind channel) const
{
    // Up to one more round's worth is claimed ahead and waits in memory (m_ready): while a
    // commit waits for the disk, answers free slots, and those rows fill them without waiting
    // for the commit after. A crash leaves them in flight, like rows being sent: never sent,
    // they are simply sent on the next start.
    const auto ready = m_ready.constFind(channel);
    return 2 * m_options.maxInFlightPerChannel - m_inFlightByChannel.value(channel) -
           (ready == m_ready.cend() ? 0 : int(ready->size()));
}

void Dispatcher::sendReady()
{
    try {
        for (auto it = m_ready.begin(); it != m_ready.end(); ++it) {
            std::deque<Delivery>& ready = it.value();
            while (!ready.empty() && m_inFlightByChannel.value(it.key()) < m_options.maxInFlightPerChannel &&
                   !m_stopped) {
                const Delivery delivery = std::move(ready.front());
                ready.pop_front();
                dispatch(delivery);
            }
        }
    } catch (const HeraldError& error) {
        // What was claimed and not handed over stays in flight, resent on the next start.
        qWarning("Outbox: %s", qPrintable(error.message()));
    }
}

void Dispatcher::scheduleNextWake()
{
    if (m_stopped || !m_store)
        return;
    // A channel sending all it may wakes us when a send finishes, not at its next due time.
    QDateTime next;
    try {
        for (ChannelKind channel : allChannels()) {
            if (freeSlots(channel) <= 0 || m_quiet.contains(channel))
                continue;
            const QDateTime due = m_store->deliveries().nextDueTime(channel);
            if (!due.isValid())
                m_quiet.insert(channel); // nothing pending at all
            else if (!next.isValid() || due < next)
                next = due;
        }
    } catch (const HeraldError& error) {
        qWarning("Outbox: %s", qPrintable(error.message()));
        next = m_clock.now().addSecs(5);
    }
    if (!next.isValid()) {
        const bool noneReady =
            std::all_of(m_ready.cbegin(), m_ready.cend(), [](const auto& ready) { return ready.empty(); });
        if (m_inFlight == 0 && m_outcomes.isEmpty() && noneReady) {
            m_idleWhenSynced = !everythingSynced();
            if (!m_idleWhenSynced)
                Q_EMIT idle();
        }
        return;
    }
    const qint64 ms = std::clamp<qint64>(m_clock.now().msecsTo(next), 0, 3'600'000);
    m_timer->start(std::chrono::milliseconds(ms));
}

bool Dispatcher::everythingSynced() const
{
    return !m_flusher || m_flusher->durable() >= m_lastCommit;
}

void Dispatcher::synced()
{
    // Only when nothing happened since: any new work ends in scheduleNextWake(), which asks again.
    if (m_idleWhenSynced && everythingSynced()) {
        m_idleWhenSynced = false;
        Q_EMIT idle();
    }
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
    const auto endpoint = this->endpoint(delivery.endpointId);
    if (endpoint && ManualSender::isManual(*endpoint)) {
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
    if (endpoint)
        context.endpoint = *endpoint;
    context.chainHead = m_chainHead;
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
    EndpointSecrets::read(*m_secrets, m_store->databaseId(), delivery.endpointId,
                          [self = QPointer(this), sender, claimed, context](std::optional<QByteArray> secret,
                                                                            const QString&) mutable {
                              // The keychain may answer after this dispatcher is gone (shut down mid-send):
                              // the row stays in flight and is resumed on the next start.
                              if (self)
                                  self->takeSecret(sender, claimed, context, std::move(secret));
                          });
}

void Dispatcher::takeSecret(ChannelSender* sender, const Delivery& claimed, SendContext context,
                            std::optional<QByteArray> secret)
{
    if (secret)
        m_secretCache.insert(claimed.endpointId, *secret);
    context.secret = secret.value_or(QByteArray());
    handOver(*sender, claimed, context);
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
    });
}

void Dispatcher::record(const Delivery& attempted, const SendOutcome& outcome)
{
    m_outcomes << RecordedOutcome::of(attempted, outcome, m_options.retry, m_random, m_clock.now());
    if (auto open = m_openByDraft.find(attempted.draftId); open != m_openByDraft.end() && --*open <= 0)
        m_openByDraft.erase(open);
    // Queued: a sender may answer at once, from inside wake(), and must not recurse into it.
    queueWake();
}

} // namespace Herald
