#include "store/WalFlusher.h"

#include "base/HeraldError.h"

#include <QCoreApplication>
#include <QFile>

#include <fcntl.h>
#include <pthread.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace Herald {

WalFlusher::WalFlusher(const QString& walPath) : m_path(walPath)
{
    m_file = ::open(QFile::encodeName(walPath).constData(), O_RDONLY | O_CLOEXEC);
    if (m_file < 0)
        throw HeraldError(QCoreApplication::translate("WalFlusher", "Cannot open %1: %2")
                              .arg(walPath, QString::fromLocal8Bit(std::strerror(errno))));
    m_thread = std::thread(&WalFlusher::run, this);
}

WalFlusher::~WalFlusher()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
    ::close(m_file);
}

void WalFlusher::setDurable(Durable durable)
{
    std::lock_guard lock(m_mutex);
    m_durable = std::move(durable);
}

quint64 WalFlusher::committed()
{
    quint64 commit = 0;
    {
        std::lock_guard lock(m_mutex);
        commit = ++m_committed;
    }
    m_wake.notify_one();
    return commit;
}

quint64 WalFlusher::durable() const
{
    std::lock_guard lock(m_mutex);
    return m_synced;
}

void WalFlusher::flush()
{
    std::unique_lock lock(m_mutex);
    const quint64 target = m_committed;
    lock.unlock();
    if (!sync())
        return;
    lock.lock();
    m_synced = std::max(m_synced, target);
}

void WalFlusher::run()
{
    pthread_setname_np(pthread_self(), "herald-wal-sync"); // for people reading top or a profile
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stopping || m_committed > m_synced; });
        if (m_committed == m_synced)
            return; // stopping, and nothing waits
        const quint64 target = m_committed;
        lock.unlock();
        const bool synced = sync();
        lock.lock();
        if (synced) {
            m_synced = std::max(m_synced, target);
        } else {
            // Tried again in a second, not at once: a disk that refuses now mostly still does.
            if (m_wake.wait_for(lock, std::chrono::seconds(1), [this] { return m_stopping; }))
                return;
            continue;
        }
        if (const Durable durable = m_durable) {
            const quint64 done = m_synced;
            lock.unlock();
            durable(done);
            lock.lock();
        }
    }
}

bool WalFlusher::sync()
{
    if (::fdatasync(m_file) == 0)
        return true;
    qWarning("Outbox: the disk did not confirm writing %s: %s", qPrintable(m_path), std::strerror(errno));
    return false;
}

} // namespace Herald
