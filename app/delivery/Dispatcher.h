#pragma once

#include "delivery/RetryPolicy.h"
#include "domain/ChannelKind.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QRandomGenerator>

#include <memory>
#include <optional>
#include <vector>

class QNetworkAccessManager;
class QTimer;

namespace Herald {

class ChangeNotifier;
class ChannelSender;
class SecretStore;
class Clock;
class Database;
class Store;
struct Delivery;
struct SendContext;
struct SendOutcome;

// Works through the outbox on its own thread with its own database connection: claims due
// rows (committed before any byte goes out), hands them to the channel's sender, and records
// every outcome with its timeline event. Channels are independent: sends run concurrently and
// a slow provider only holds up its own rows.
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
    };

    Dispatcher(std::shared_ptr<Database> database, const Clock& clock, ChangeNotifier& notifier,
               const Options& options, QObject* parent = nullptr);
    ~Dispatcher() override;

    // For tests and future channels: replaces the sender of a channel.
    void setSender(std::unique_ptr<ChannelSender> sender);
    int inFlight() const { return m_inFlight; }

public Q_SLOTS:
    // Resumes rows a crash left in flight, then starts working.
    void start();
    // Looks for due rows now (after a send was queued, or a clock change in tests).
    void wake();
    // Endpoints or their credentials changed: read credentials from the keychain again.
    void forgetSecrets() { m_secretCache.clear(); }
    // Closes this thread's database connection; call before the thread ends.
    void shutdown();

Q_SIGNALS:
    void idle(); // nothing in flight and nothing due

private:
    void dispatch(const Delivery& delivery);
    void handOver(ChannelSender& sender, const Delivery& claimed, const SendContext& context);
    void record(Delivery delivery, const SendOutcome& outcome);
    void scheduleNextWake();
    // When the endpoint's rate limit next lets a request go, if not now (and books the slot if now).
    std::optional<QDateTime> rateLimited(const Delivery& delivery);
    // After an endpoint gave up: a new row on its fallback endpoint, in the caller's transaction.
    void fallBack(const Delivery& delivery);
    void queueWake();
    QList<ChannelKind> busyChannels() const;
    ChannelSender* senderFor(ChannelKind channel) const;

    std::shared_ptr<Database> m_database;
    std::unique_ptr<Store> m_store;
    const Clock& m_clock;
    ChangeNotifier& m_notifier;
    Options m_options;
    QRandomGenerator m_random;
    QNetworkAccessManager* m_network = nullptr;
    QTimer* m_timer = nullptr;
    std::vector<std::unique_ptr<ChannelSender>> m_senders;
    std::shared_ptr<SecretStore> m_secrets;
    QHash<qint64, QByteArray> m_secretCache; // endpoint → credential, until endpoints change
    QHash<ChannelKind, int> m_inFlightByChannel;
    QHash<qint64, QDateTime> m_nextSlot; // endpoint → when its rate limit lets the next request go
    int m_inFlight = 0;
    bool m_stopped = false;
    bool m_wakeQueued = false;
};

} // namespace Herald
