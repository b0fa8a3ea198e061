#include "channels/bluesky/BlueskyRecordKey.h"

#include <QCryptographicHash>

#include <algorithm>
#include <cstring>

namespace Herald {

namespace {
constexpr char alphabet[] = "234567abcdefghijklmnopqrstuvwxyz";
constexpr int tidLength = 13;
} // namespace

QString BlueskyRecordKey::of(const QString& idempotencyKey, const QDateTime& queuedAt, int postIndex)
{
    // Posts of a thread a microsecond apart: distinct keys, in order.
    const quint64 micros = quint64(queuedAt.toMSecsSinceEpoch()) * 1000 + quint64(postIndex);
    const QByteArray hash = QCryptographicHash::hash(idempotencyKey.toUtf8(), QCryptographicHash::Sha256);
    const quint64 clockId = ((quint64(quint8(hash[0])) << 8) | quint8(hash[1])) & 0x3ff;
    quint64 value = ((micros & ((quint64(1) << 53) - 1)) << 10) | clockId;
    QString key(tidLength, QLatin1Char(alphabet[0]));
    for (int i = tidLength - 1; i >= 0 && value; --i, value >>= 5)
        key[i] = QLatin1Char(alphabet[value & 31]);
    return key;
}

bool BlueskyRecordKey::isTid(const QString& key)
{
    const auto inAlphabet = [](QChar c) {
        return c.unicode() < 128 && std::strchr(alphabet, char(c.unicode()));
    };
    return key.size() == tidLength && std::all_of(key.cbegin(), key.cend(), inAlphabet) &&
           QStringLiteral("234567abcdefghij").contains(key.front());
}

} // namespace Herald
