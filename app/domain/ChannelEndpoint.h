#pragma once

#include "domain/ChannelKind.h"

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
};

} // namespace Herald
