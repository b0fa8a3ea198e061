#pragma once

#include "delivery/Dispatcher.h"

#include <QObject>
#include <QThread>

namespace Herald {

// Owns the dispatcher's thread: the UI (or the CLI) starts it, pokes it after queuing a send,
// and stops it on exit. Nothing here blocks the caller's thread except stop().
class DispatcherThread final : public QObject {
    Q_OBJECT
public:
    DispatcherThread(std::shared_ptr<Database> database, const Clock& clock, ChangeNotifier& notifier,
                     const Dispatcher::Options& options, QObject* parent = nullptr);
    ~DispatcherThread() override;

    void start();
    void wake();
    void stop();
    // Hands the dispatcher new private ranges its senders may reach.
    void setAddressPolicy(const AddressPolicy& addresses);
    Dispatcher* dispatcher() const { return m_dispatcher; }

Q_SIGNALS:
    void idle();
    void failed(const QString& message);

private:
    QThread m_thread;
    Dispatcher* m_dispatcher;
    bool m_started = false;
};

} // namespace Herald
