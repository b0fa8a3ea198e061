#pragma once

#include <QStringList>

// One function per herald-cli command, each in its own file. Each takes the arguments after
// the command name (args[0] is the program) and returns the exit code:
// 0 success, 1 findings that block or a failed check, 2 bad input.
namespace Herald::Cli {

int audit(const QStringList& args);
int demo(const QStringList& args);
int dispatch(const QStringList& args);
int render(const QStringList& args);
int lint(const QStringList& args);
int measure(const QStringList& args);

} // namespace Herald::Cli
