#pragma once

#include "channels/ChannelSender.h"
#include "channels/http/HttpSend.h"

#include <QCoreApplication>

namespace Herald {

class OutboxNetwork;

class Clock;

// An incoming webhook of a chat service (Slack, Teams Workflows, Mattermost). Whoever holds its
// URL can post to the channel, so the whole URL is the endpoint's keychain secret and the
// endpoint's address only shows it redacted (redact()). POSTs the approved wire as JSON; each
// service says which hosts it lives on and how it words its errors.
class ChatWebhookSender : public ChannelSender {
    Q_DECLARE_TR_FUNCTIONS(ChatWebhookSender)

public:
    bool needsSecret() const override { return true; }
    void send(const Delivery& delivery, const SendContext& context, Done done) override;
    // The address must be the redacted form on the service's host: the URL itself is a secret.
    QString validate(const ChannelEndpoint& endpoint) const override;
    QString dryRun(const Delivery& delivery, const SendContext& context) const override;

    // What to show for a webhook URL (the endpoint's address): scheme, host and the path's
    // plain words; ids cut to their first letter, the key and any query replaced by "•••".
    // https://hooks.slack.com/services/T…/B…/•••
    static QString redact(const QUrl& url);

protected:
    ChatWebhookSender(OutboxNetwork& network, const Clock& clock, int timeoutMs);
    // Whether the service's webhooks live on `host` (loopback is always accepted, for tests).
    virtual bool acceptsHost(const QString& host) const = 0;
    // For people: where the service's webhooks live ("hooks.slack.com").
    virtual QString serviceHosts() const = 0;
    // Reads the service's answer into the outcome: its error text, its id for the message.
    virtual void interpret(SendOutcome& outcome, const HttpAnswer& answer) const = 0;

private:
    QString checkUrl(const QUrl& url) const;

    HttpSend m_http;
};

} // namespace Herald
