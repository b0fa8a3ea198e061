#include "timeline/ChainHead.h"

namespace Herald {

bool ChainHead::isHash(QByteArrayView hash)
{
    if (hash.size() != 64)
        return false;
    for (const char c : hash)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    return true;
}

std::optional<ChainHead> ChainHead::fromText(QByteArrayView text)
{
    const qsizetype colon = text.indexOf(':');
    if (colon <= 0)
        return std::nullopt;
    bool ok = false;
    const qint64 sequence = text.first(colon).toLongLong(&ok);
    const QByteArrayView hash = text.sliced(colon + 1);
    if (!ok || sequence <= 0 || !isHash(hash))
        return std::nullopt;
    return ChainHead{sequence, hash.toByteArray()};
}

} // namespace Herald
