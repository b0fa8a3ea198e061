#include "timeline/ChainWitness.h"

#include "base/Clock.h"
#include "secrets/SecretStore.h"
#include "timeline/ChainCheckpoint.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QPointer>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Herald {

ChainWitness::ChainWitness(SecretStore& store, QString databaseId, Source source, const Clock& clock,
                           QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_databaseId(std::move(databaseId))
    , m_source(std::move(source))
    , m_clock(clock)
{
    m_poll.setInterval(1000);
    connect(&m_poll, &QTimer::timeout, this, &ChainWitness::headMoved);
    m_store.read(keyFor(m_databaseId),
                 [self = QPointer(this)](std::optional<QByteArray> value, const QString& error) {
                     if (self)
                         self->loaded(std::move(value), error);
                 });
}

QString ChainWitness::keyFor(const QString& databaseId)
{
    return databaseId + u"/chain-head"_s;
}

void ChainWitness::loaded(std::optional<QByteArray> value, const QString& error)
{
    Q_UNUSED(error) // missing or unreadable: nothing witnessed yet; a failing keychain shows on write
    if (value) {
        QString problem;
        const auto checkpoint = ChainCheckpoint::fromJson(*value, &problem);
        if (!checkpoint || checkpoint->databaseId != m_databaseId) {
            stop(
                tr("The keychain's chain witness for this database cannot be read (%1); it is left as it is.")
                    .arg(checkpoint ? tr("it names another database") : problem));
            return;
        }
        m_witnessed = checkpoint->head;
    }
    m_state = State::Ready;
    if (m_source.head) {
        m_moved = true;
        m_poll.start();
    }
    pump();
}

void ChainWitness::headMoved()
{
    if (QThread::currentThread() != thread()) {
        QMetaObject::invokeMethod(this, &ChainWitness::headMoved, Qt::QueuedConnection);
        return;
    }
    m_moved = true;
    pump();
}

void ChainWitness::consider(const ChainHead& head)
{
    const qint64 highest = m_pending ? m_pending->sequence : m_witnessed.sequence;
    if (head.sequence > highest) // monotonic: the witness never goes back
        m_pending = head;
}

void ChainWitness::offer(const ChainHead& head)
{
    consider(head);
    pump();
}

void ChainWitness::pump()
{
    if (m_state != State::Ready || m_inFlight)
        return;
    std::optional<ChainHead> current;
    if (std::exchange(m_moved, false) && m_source.head) {
        current = m_source.head(); // once per write at most, however many commits came
        consider(*current);
    }
    if (m_pending && m_pending->sequence <= m_witnessed.sequence)
        m_pending.reset(); // offered before the keychain's witness was read, and not above it
    if (!m_pending && !current)
        return;
    // Never raise (or keep quiet about) a witness the file no longer agrees with: that would
    // launder the evidence. The witness stays as it is for `audit verify` to report.
    if (!m_witnessed.isEmpty() && m_source.hashAt) {
        const ChainCheckpoint witnessed{m_databaseId, m_witnessed, {}};
        const QString finding = witnessed.judge(current.value_or(m_pending.value_or(ChainHead{})),
                                                m_source.hashAt(m_witnessed.sequence));
        if (!finding.isEmpty()) {
            stop(finding);
            Q_EMIT contradicted(finding);
            return;
        }
    }
    if (!m_pending)
        return;
    const ChainHead head = *std::exchange(m_pending, std::nullopt);
    const ChainCheckpoint checkpoint{m_databaseId, head, m_clock.now()};
    m_inFlight = true;
    ++m_writes;
    m_store.write(keyFor(m_databaseId), checkpoint.toJson(),
                  [self = QPointer(this), head](const QString& error) {
                      if (!self)
                          return;
                      self->m_inFlight = false;
                      if (!error.isEmpty()) {
                          self->stop(error);
                          return;
                      }
                      if (head.sequence > self->m_witnessed.sequence)
                          self->m_witnessed = head;
                      self->pump();
                  });
}

void ChainWitness::stop(const QString& problem)
{
    m_state = State::Stopped;
    m_problem = problem;
    m_pending.reset();
    m_poll.stop();
    qWarning("Chain witness: %s", qPrintable(problem));
}

bool ChainWitness::settled() const
{
    return m_state == State::Stopped || (m_state == State::Ready && !m_inFlight && !m_pending && !m_moved);
}

bool ChainWitness::flush(int timeoutMs)
{
    headMoved();
    const QDeadlineTimer deadline(timeoutMs);
    while (!settled() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    return m_state == State::Ready && settled();
}

} // namespace Herald
