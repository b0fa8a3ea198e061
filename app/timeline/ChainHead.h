#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Herald {

// The newest event of a timeline's hash chain: its sequence and hash. Held outside the database
// (keychain, receivers, checkpoints), it lets an audit see events removed from the end or a
// chain recomputed after an edit, which the chain alone cannot show.
struct ChainHead {
    qint64 sequence = 0; // 0: no events yet
    QByteArray hash;     // hex SHA-256, empty when there are no events

    bool isEmpty() const { return sequence == 0; }
    // "<sequence>:<hex sha256>", the herald-chain-head header's value.
    QByteArray text() const { return QByteArray::number(sequence) + ':' + hash; }
    // Parses text(); nothing for anything else.
    static std::optional<ChainHead> fromText(QByteArrayView text);
    // Well formed: a positive sequence and 64 lowercase hex digits.
    static bool isHash(QByteArrayView hash);
    friend bool operator==(const ChainHead&, const ChainHead&) = default;
};

} // namespace Herald
