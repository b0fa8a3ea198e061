#pragma once

#include "timeline/ChainHead.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <optional>

namespace Herald {

class Clock;
class SecretStore;

// Keeps the chain's head in the system keychain, under the database id, as a ChainCheckpoint:
// a witness outside the file that `herald-cli audit verify` compares the chain with. The one
// writer for its database in a process: the outbox appends thousands of events a second and a
// keychain write is asynchronous and slow, so writes are coalesced (at most one in flight, the
// newest head wins), and monotonic (a lower head never replaces a higher one). It reads the
// witness already there first; if the file no longer agrees with it (truncated or re-chained),
// it stops writing and keeps that evidence. Lives on the application's main thread.
class ChainWitness final : public QObject {
    Q_OBJECT

public:
    struct Source {
        std::function<ChainHead()> head;          // the head as last committed
        std::function<QByteArray(qint64)> hashAt; // a stored event's hash; empty when none
    };
    ChainWitness(SecretStore& store, QString databaseId, Source source, const Clock& clock,
                 QObject* parent = nullptr);
    static QString keyFor(const QString& databaseId);

    // Something was committed: the head is read when a write can go. From any thread.
    void headMoved();
    // Witnesses this head (what headMoved reads); lower or equal heads are ignored.
    void offer(const ChainHead& head);
    // Writes what is pending and waits for the keychain, up to timeoutMs: on shutdown. True
    // when the newest head offered is witnessed.
    bool flush(int timeoutMs = 5000);

    // The keychain's witness has been read: writes can go.
    bool isLoaded() const { return m_state != State::Loading; }
    ChainHead witnessed() const { return m_witnessed; }
    // Why it stopped writing (the file contradicts the witness, or the keychain failed); empty
    // while it works.
    QString problem() const { return m_problem; }
    // Written heads so far: with thousands offered, a handful.
    int writes() const { return m_writes; }

Q_SIGNALS:
    // The file no longer holds the witnessed head: "truncated: ..." or "re-chained: ...".
    void contradicted(const QString& finding);

private:
    enum class State { Loading, Ready, Stopped };
    void loaded(std::optional<QByteArray> value, const QString& error);
    void consider(const ChainHead& head);
    void pump();
    void stop(const QString& problem);
    bool settled() const;

    SecretStore& m_store;
    QString m_databaseId;
    Source m_source;
    const Clock& m_clock;
    QTimer m_poll; // catches commits nobody announced (another process, a CLI on the same file)
    State m_state = State::Loading;
    bool m_moved = false;
    bool m_inFlight = false;
    std::optional<ChainHead> m_pending;
    ChainHead m_witnessed;
    QString m_problem;
    int m_writes = 0;
};

} // namespace Herald
