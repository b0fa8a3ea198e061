#pragma once

#include "channels/AddressPolicy.h"
#include "channels/SendContext.h"
#include "delivery/RecordedOutcome.h"
#include "delivery/RetryPolicy.h"
#include "domain/ChannelEndpoint.h"
#include "domain/ChannelKind.h"
#include "domain/Delivery.h"
#include "timeline/ChainHead.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <QSet>

#include <deque>
#include <memory>
#include <optional>
#include <vector>

class QTimer;

namespace Herald {

class ChangeNotifier;
class OutboxNetwork;
class ChannelSender;
class SecretStore;
class Clock;
class Database;
class OutboxOwner;
class Store;
class WalFlusher;
struct SendOutcome;

// Works through the outbox on its own thread with its own database connection: claims due
// rows (committed before any byte goes out), hands them to the channel's sender, and records
// every outcome with its timeline event. Channels are independent: each has its own number of
// sends in flight, so a slow provider only holds up its own rows. The outcomes that arrive
// while a round runs are written together with the next claims, in one transaction. Commits do
// not wait for the disk: a WalFlusher syncs them from its own thread, and idle() waits for it.
class Dispatcher final : public QObject {
    Q_OBJECT
public:
    struct Options {
        RetryPolicy retry;
        int timeoutMs = 30'000;
        int maxInFlightPerChannel = 8;
        quint32 seed = 0; // jitter; 0 picks a random seed
        // Where credentials come from; empty: the system keychain, opened on the dispatcher's thread.
        std::shared_ptr<SecretStore> secrets = {};
        // Private network ranges senders may reach (e.g. an intranet relay); none by default.
        AddressPolicy addresses = {};
        // How often rows left in flight by dispatchers that stopped are looked for.
        int orphanCheckMs = 5'000;
    };

    Dispatcher(std::shared_ptr<Database> database, const Clock& clock, ChangeNotifier& notifier,
               const Options& options, QObject* parent = nullptr);
    ~Dispatcher() override;

    // For tests and future channels: replaces the sender of a channel.
    void setSender(std::unique_ptr<ChannelSender> sender);
    int inFlight() const { return m_inFlight; }

public Q_SLOTS:
    // Becomes an owner of outbox rows (OutboxOwner), resumes rows that stopped dispatchers left
    // in flight, then starts working.
    void start();
    // Looks for due rows now, on every channel (after a send was queued, or a clock change in tests).
    void wake();
    // Endpoints or their credentials changed: read both again when next needed.
    void forgetEndpoints();
    // The private ranges senders may reach changed (File → Channels): from the next request on.
    void setAddressPolicy(const AddressPolicy& addresses);
    // Closes this thread's database connection; call before the thread ends.
    void shutdown();

Q_SIGNALS:
    void idle(); // nothing in flight and nothing due, and every outcome on the disk
    // The outbox could not record its work (a full disk, a read-only file, a lock it cannot take):
    // nothing whose claim was not recorded is sent. It tries again, unless it could not start.
    void failed(const QString& message);

private:
    // Claims and sends until nothing more can go now; wake() minus forgetting quiet channels.
    void work();
    void dispatch(const Delivery& delivery);
    void handOver(ChannelSender& sender, const Delivery& claimed, const SendContext& context);
    // The endpoint's credential came from the keychain: kept for the next rows, then sent.
    void takeSecret(ChannelSender* sender, const Delivery& claimed, SendContext context,
                    std::optional<QByteArray> secret);
    // Puts rows of dispatchers that stopped back to pending (at start, then now and then).
    void resumeOrphans();
    void fail(const QString& message);
    // Keeps the outcome for the next round's transaction.
    void record(const Delivery& attempted, const SendOutcome& outcome);
    // In one transaction: the outcomes kept so far, then claims of due rows (into `claimed`).
    // Whether rows were held back for their rate; nothing when the database refused (the
    // outcomes are kept for the next round, nothing is claimed).
    std::optional<bool> commitRound(QList<Delivery>& claimed);
    void writeOutcomes(const QList<RecordedOutcome>& outcomes);
    bool claimDue(QList<Delivery>& claimed);
    void scheduleNextWake();
    // The flusher synced: idle() may be due now.
    void synced();
    bool everythingSynced() const;
    // When the endpoint's rate limit lets this row go: now (nullopt) or the slot booked for it.
    std::optional<QDateTime> rateLimited(const Delivery& delivery);
    // After an endpoint gave up: a new row on its fallback endpoint, in the caller's transaction.
    void fallBack(const Delivery& delivery);
    void queueWake();
    // How many more rows of `channel` may be claimed: sends in flight and claimed rows waiting count.
    int freeSlots(ChannelKind channel) const;
    // Hands claimed rows to their senders while their channel has sends to spare.
    void sendReady();
    ChannelSender* senderFor(ChannelKind channel) const;
    // From the store once, then from memory until endpoints change.
    std::optional<ChannelEndpoint> endpoint(qint64 id);

    std::shared_ptr<Database> m_database;
    std::unique_ptr<Store> m_store;
    const Clock& m_clock;
    ChangeNotifier& m_notifier;
    Options m_options;
    QRandomGenerator m_random;
    OutboxNetwork* m_network = nullptr;
    QTimer* m_timer = nullptr;
    QTimer* m_orphanTimer = nullptr;
    std::unique_ptr<OutboxOwner> m_owner; // this dispatcher's lock on the rows it claims
    std::vector<std::unique_ptr<ChannelSender>> m_senders;
    std::shared_ptr<SecretStore> m_secrets;
    QHash<qint64, QByteArray> m_secretCache; // endpoint → credential, until endpoints change
    QHash<qint64, std::optional<ChannelEndpoint>> m_endpoints; // the same for their settings
    QHash<ChannelKind, int> m_inFlightByChannel;
    QHash<ChannelKind, std::deque<Delivery>> m_ready; // claimed (committed), waiting for a free send
    QHash<qint64, QDateTime> m_nextSlot;              // endpoint → its next free slot under its rate limit
    QHash<qint64, QDateTime> m_booked;                // delivery → the slot it was held back for
    // Channels without a pending row: not asked again until wake() says rows were queued, or one
    // of their rows goes back to pending or gets a fallback here. Saves two queries per channel
    // and round, most channels being empty most of the time.
    QSet<ChannelKind> m_quiet;
    // Claimed rows without an answer yet, by draft: while a draft has any, its send is not over,
    // and SendCompletion need not count its rows in the database.
    QHash<qint64, int> m_openByDraft;
    QList<RecordedOutcome> m_outcomes; // answered, not yet written
    ChainHead m_chainHead;             // as of the last round, for receivers to witness
    int m_inFlight = 0;
    quint64 m_lastCommit = 0; // the flusher's number for the newest round
    bool m_stopped = false;
    bool m_wakeQueued = false;
    bool m_idleWhenSynced = false; // nothing else to do: idle() once the disk has it all
    // Last, so it stops (syncing what waits) before anything it calls back into goes.
    std::unique_ptr<WalFlusher> m_flusher;
};

} // namespace Herald
