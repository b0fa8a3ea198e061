#pragma once

#include "domain/ChannelKind.h"

#include <QJsonObject>
#include <QString>

namespace Herald {

// A configured destination of a channel: a webhook URL, a mail list, a Slack workspace hook...
// Secrets never live here (they go to the system keychain).
struct ChannelEndpoint {
    qint64 id = 0;
    ChannelKind channel = ChannelKind::Webhook;
    QString name;    // for people: "Customer status webhook"
    QString address; // URL, address or number
    bool enabled = true;
    QJsonObject settings{};   // the channel's own options (host, port, account...); never secrets
    qint64 fallbackId = 0;    // the endpoint to try when this one gives up; 0: none
    QString sandboxAddress{}; // where drill updates go instead; empty: drills are dry runs
    double ratePerSecond = 0; // at most this many requests per second; 0: the channel's limit
};

} // namespace Herald
