#pragma once

#include "domain/ChannelKind.h"

#include <QByteArray>
#include <QString>

namespace Herald {

// Exactly what one channel will carry, rendered from a draft revision. The approval hash
// covers every field, so what is sent is what was approved.
struct ChannelMessage {
    ChannelKind channel = ChannelKind::Webhook;
    QString title;   // email subject, chat header, push title; empty where the channel has none
    QString text;    // plain text as the reader sees it
    QString html;    // rich form where the channel has one (email, status page)
    QByteArray wire; // the request body for API channels (JSON), empty otherwise

    bool operator==(const ChannelMessage&) const = default;
};

} // namespace Herald
