#include "cli/CliOutput.h"
#include "cli/Commands.h"

namespace Herald::Cli {

int render(const QStringList& args)
{
    Q_UNUSED(args);
    err() << "herald-cli render: not built yet\n";
    return 2;
}

} // namespace Herald::Cli
