#pragma once

#include <QString>

#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace Herald {

// Makes the commits of one SQLite connection durable from a thread of its own, so that the
// connection's thread does not wait for the disk at every commit. The connection runs with
// synchronous=NORMAL: a commit appends to the write-ahead log (safe from a crash of the
// process at once) and this flusher then syncs the log to the disk (safe from a power cut).
// Commits requested while a sync runs share the next one. Frames reach the log in commit
// order and SQLite only replays whole commits, so a sync makes every earlier commit durable.
// Database::deferThreadSyncs() makes one for the calling thread's connection.
class WalFlusher {
public:
    // Called on the flusher's thread after each sync, with the newest commit now on the disk.
    using Durable = std::function<void(quint64 commit)>;

    // Throws HeraldError when the log cannot be opened (then nothing is deferred).
    explicit WalFlusher(const QString& walPath);
    ~WalFlusher(); // syncs what is still waiting, then stops
    WalFlusher(const WalFlusher&) = delete;
    WalFlusher& operator=(const WalFlusher&) = delete;

    void setDurable(Durable durable);
    // A commit just returned on the connection: returns its number and has it synced soon.
    quint64 committed();
    // The newest commit known to be on the disk.
    quint64 durable() const;
    // Syncs now, on the calling thread, everything committed so far.
    void flush();

private:
    void run();
    bool sync(); // false, with a warning, when the disk refused

    QString m_path;
    int m_file = -1;
    Durable m_durable;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    quint64 m_committed = 0;
    quint64 m_synced = 0;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace Herald
