#pragma once

#include "channels/ChannelLimit.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>

namespace Herald {

// What the X, Mastodon and Bluesky composers share: their limits and their wire format.
class SocialLimits {
    Q_DECLARE_TR_FUNCTIONS(SocialLimits)
public:
    // A text that fits: its length against the limit (blocking). A thread: the whole text
    // (advice: it was split), the number of posts (information) and the longest post (blocking:
    // only a URL longer than a post can make it not fit).
    static QList<ChannelLimit> limits(const QString& unit, int length, int limit,
                                      const QList<int>& postLengths);
    // One request body as an object, a thread as an array of them in posting order.
    static QByteArray wire(const QJsonArray& bodies);
};

} // namespace Herald
