#pragma once

#include "channels/ChannelSender.h"

#include <QCoreApplication>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace Herald {

class Clock;
class OutboxNetwork;

// Email over SMTP: the MIME message from EmailMessage (KMime), submitted by SmtpTransport
// (libcurl). libcurl blocks, so each send runs on this sender's own worker threads and the
// outcome comes back to the dispatcher's thread through a queued call. The endpoint's keychain
// secret is the SMTP password (used when a user name is set).
class EmailSender final : public ChannelSender {
    Q_DECLARE_TR_FUNCTIONS(EmailSender)

public:
    // Relays are held to `network`'s address policy as it is at each send; without one, to the
    // default policy (no private networks).
    EmailSender(const Clock& clock, int timeoutMs, const OutboxNetwork* network = nullptr);
    // Stops transfers in progress (their rows stay in flight and are resent on the next start)
    // and waits for the worker threads.
    ~EmailSender() override;

    ChannelKind channel() const override { return ChannelKind::Email; }
    // Whether a password is needed depends on the endpoint (a user name set); the dispatcher
    // asks before it knows the endpoint, so always read it and ignore it when there is no user.
    bool needsSecret() const override { return true; }
    void send(const Delivery& delivery, const SendContext& context, Done done) override;
    QList<SettingField> settingFields() const override;
    QString validate(const ChannelEndpoint& endpoint) const override;
    // The SMTP envelope and the whole message, password redacted.
    QString dryRun(const Delivery& delivery, const SendContext& context) const override;

private:
    const Clock& m_clock;
    int m_timeoutMs;
    const OutboxNetwork* m_network;
    QObject m_context; // lives on the dispatcher's thread; outcomes are delivered through it
    QThreadPool m_pool;
    std::shared_ptr<std::atomic<bool>> m_abort = std::make_shared<std::atomic<bool>>(false);
};

} // namespace Herald
