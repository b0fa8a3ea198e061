#pragma once

#include <QString>

#include <functional>

namespace Herald {
class Store;
}

namespace Herald::Test {

// How a crash test went: how often the sending process was killed, and how often it ran.
struct KillLoopResult {
    int kills = 0;
    int runs = 0;
    QString error; // empty unless a run ended badly on its own (it should only ever be killed)
};

// Runs `herald-cli dispatch` on the database again and again, killing it with SIGKILL at
// random moments (the first few early, so every batch is killed several times whatever the
// speed), until a run ends by itself with `drained()` true. Spins the event loop meanwhile,
// so receivers in the test process keep answering.
KillLoopResult killAndRestartUntilDrained(const QString& databasePath, const std::function<bool()>& drained);
// The same, until none of the draft's rows is pending or in flight.
KillLoopResult killAndRestartUntilSent(const Store& store, qint64 draftId);

} // namespace Herald::Test
