#include "cli/CliOutput.h"
#include "cli/Commands.h"

namespace Herald::Cli {

int lint(const QStringList& args)
{
    Q_UNUSED(args);
    err() << "herald-cli lint: not built yet\n";
    return 2;
}

} // namespace Herald::Cli
