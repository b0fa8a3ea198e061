#pragma once

#include <QDateTime>
#include <QString>

namespace Herald {

// The record key (a TID: 13 base32-sortable characters of microseconds since 1970 and a 10-bit
// clock id) each post of a delivery is created under. It is derived from the delivery, not
// drawn at random, so a resend names the same records: createRecord has no idempotency key,
// and this is how a resend finds what an earlier attempt already posted.
class BlueskyRecordKey {
public:
    static QString of(const QString& idempotencyKey, const QDateTime& queuedAt, int postIndex);
    // A TID's syntax: 13 characters, the first of them 2-7 or a-j.
    static bool isTid(const QString& key);
};

} // namespace Herald
