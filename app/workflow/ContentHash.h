#pragma once

#include "domain/ChannelEndpoint.h"
#include "domain/ChannelMessage.h"

#include <QByteArray>
#include <QList>

namespace Herald {

// The fingerprint an approval covers: every channel's payload and every target, so that no
// change to text, channel list or recipients can ride on an earlier approval.
class ContentHash {
public:
    static QByteArray of(const QList<ChannelMessage>& messages, const QList<ChannelEndpoint>& targets);
};

} // namespace Herald
