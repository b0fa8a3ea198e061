#pragma once

#include "identity/IdentityVerifier.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMutex>

namespace Herald {

class Clock;
class Store;

// The local setup's proof: each person's own passphrase against its stored PBKDF2 hash.
// After five wrong tries within a minute a person is refused for a minute, so a passphrase
// cannot be guessed quickly through the app.
class PassphraseVerifier final : public IdentityVerifier {
    Q_DECLARE_TR_FUNCTIONS(PassphraseVerifier)

public:
    PassphraseVerifier(const Store& store, const Clock& clock) : m_store(store), m_clock(clock) {}
    Identity prove(qint64 personId, const QString& passphrase) const override;
    bool asksForPassphrase() const override { return true; }

    static constexpr int allowedFailures = 5;

private:
    const Store& m_store;
    const Clock& m_clock;
    mutable QMutex m_mutex;
    mutable QHash<qint64, QList<QDateTime>> m_failures;
};

} // namespace Herald
