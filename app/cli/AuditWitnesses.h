#pragma once

#include "timeline/ChainCheckpoint.h"

#include <QJsonArray>
#include <QList>
#include <QString>

#include <functional>

namespace Herald::Cli {

// The witnesses `audit verify` checks a chain against: the keychain's (ChainWitness keeps it)
// and checkpoint files an operator kept (`audit checkpoint`), each with its verdict.
class AuditWitnesses {
public:
    struct Witness {
        QString source; // "keychain" or the file's path
        std::optional<ChainCheckpoint> checkpoint;
        QString verdict; // "ok", "truncated: ...", "re-chained: ...", or why none was checked
        bool failed = false;
    };

    // Reads each file; throws HeraldError (exit 2) for a file that cannot be read, is not a
    // checkpoint, or witnesses another database.
    void addFiles(const QStringList& paths, const QString& databaseId);
    // Asks the system keychain (waits up to timeoutMs); a missing entry or keychain is noted,
    // not a failure: a database without a witness verifies as far as the chain alone can.
    void addKeychain(const QString& databaseId, int timeoutMs);
    // Judges every witness against the database's head and its stored hashes.
    void judge(const ChainHead& newest, const std::function<QByteArray(qint64)>& hashAt);

    const QList<Witness>& all() const { return m_witnesses; }
    bool anyFailed() const;
    QJsonArray toJson() const;

private:
    QList<Witness> m_witnesses;
};

} // namespace Herald::Cli
