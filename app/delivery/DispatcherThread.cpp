#include "delivery/DispatcherThread.h"

namespace Herald {

DispatcherThread::DispatcherThread(std::shared_ptr<Database> database, const Clock& clock,
                                   ChangeNotifier& notifier, const Dispatcher::Options& options,
                                   QObject* parent)
    : QObject(parent)
    , m_dispatcher(new Dispatcher(std::move(database), clock, notifier, options))
{
    m_thread.setObjectName(QStringLiteral("herald-dispatcher"));
    m_dispatcher->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_dispatcher, &QObject::deleteLater);
    connect(m_dispatcher, &Dispatcher::idle, this, &DispatcherThread::idle);
    connect(m_dispatcher, &Dispatcher::failed, this, &DispatcherThread::failed);
}

DispatcherThread::~DispatcherThread()
{
    stop();
    if (!m_started)
        delete m_dispatcher;
}

void DispatcherThread::start()
{
    m_started = true;
    m_thread.start();
    QMetaObject::invokeMethod(m_dispatcher, &Dispatcher::start, Qt::QueuedConnection);
}

void DispatcherThread::wake()
{
    QMetaObject::invokeMethod(m_dispatcher, &Dispatcher::wake, Qt::QueuedConnection);
}

void DispatcherThread::setAddressPolicy(const AddressPolicy& addresses)
{
    QMetaObject::invokeMethod(
        m_dispatcher, [dispatcher = m_dispatcher, addresses] { dispatcher->setAddressPolicy(addresses); },
        Qt::QueuedConnection);
}

void DispatcherThread::stop()
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(m_dispatcher, &Dispatcher::shutdown, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

} // namespace Herald
