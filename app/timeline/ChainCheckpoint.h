#pragma once

#include "timeline/ChainHead.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Herald {

// A witness of one database's chain head, as kept in the keychain (ChainWitness) and as
// `herald-cli audit checkpoint` prints it for an operator to keep elsewhere:
// {"database": id, "sequence": N, "hash": "...", "at": ISO time}.
struct ChainCheckpoint {
    Q_DECLARE_TR_FUNCTIONS(ChainCheckpoint)

public:
    QString databaseId;
    ChainHead head;
    QDateTime at;

    QByteArray toJson() const;
    // Nothing, with what is wrong in *error, for anything that is not such an object.
    static std::optional<ChainCheckpoint> fromJson(const QByteArray& json, QString* error);

    // What the database's chain says about this witness: empty when it agrees (the witnessed
    // event is there, with the witnessed hash); otherwise "truncated: ..." or "re-chained: ...".
    // newest: the database's head; hashAtWitnessed: the stored hash of event head.sequence.
    QString judge(const ChainHead& newest, const QByteArray& hashAtWitnessed) const;
};

} // namespace Herald
