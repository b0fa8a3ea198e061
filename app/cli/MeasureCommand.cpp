#include "cli/CliOutput.h"
#include "cli/Commands.h"

namespace Herald::Cli {

int measure(const QStringList& args)
{
    Q_UNUSED(args);
    err() << "herald-cli measure: not built yet\n";
    return 2;
}

} // namespace Herald::Cli
