#pragma once

#include <QDateTime>

namespace Herald {

class Store;

// A send in the middle of its work, on top of the demo: the live incident's latest published
// update goes to more channels, and they stand where a bad hour leaves them (delivered, retrying
// after a 503, in flight, given up, refused, waiting for a person). For screenshots: what the
// workspace's delivery panel shows while an update goes out.
class DeliveryProgressScene {
public:
    // The update now shown as sending; 0 when the demo has no published update.
    static qint64 stage(const Store& store, const QDateTime& now);
};

} // namespace Herald
