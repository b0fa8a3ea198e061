#pragma once

#include <QString>

#include <functional>

namespace Herald {
class Store;
}

namespace Herald::Test {

// How a crash test went: how often a sending process was killed, and how often one ran.
struct KillLoopResult {
    int kills = 0;
    int runs = 0;
    QString error; // empty unless a run ended badly on its own (it should only ever be killed)
};

// Runs `herald-cli dispatch` on the database again and again, `processes` of them at once,
// killing each with SIGKILL at random moments (the first few early, so every batch is killed
// several times whatever the speed), until `drained()` is true and every run since ended by
// itself. Spins the event loop meanwhile, so receivers in the test process keep answering.
KillLoopResult killAndRestartUntilDrained(const QString& databasePath, const std::function<bool()>& drained,
                                          int processes = 1);
// The same, until none of the draft's rows is pending or in flight.
KillLoopResult killAndRestartUntilSent(const Store& store, qint64 draftId, int processes = 1);

} // namespace Herald::Test
