// herald-cli: Herald's core without a window, for runbooks and scripts.
// Exit codes: 0 success, 1 findings that block or a failed check, 2 bad input.

#include "base/AppInfo.h"
#include "base/HeraldError.h"
#include "cli/CliInput.h"
#include "cli/CliOutput.h"
#include "cli/Commands.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using namespace Herald;

namespace {
void usage()
{
    Cli::err()
        << "Usage: herald-cli COMMAND [OPTIONS]\n\n"
           "Commands:\n"
           "  render --template ID|FILE --vars FILE.json [--channel NAME]\n"
           "         [--locale LOCALE] --json\n"
           "                         render a template for every channel (or one), in\n"
           "                         its own language or another of its locales\n"
           "  lint (--file FILE [--status STATUS] | --template ID|FILE --vars FILE.json)\n"
           "       [--settings FILE.json] --json\n"
           "                         check the wording; exit 1 when a finding blocks\n"
           "                         (--status: what the text is for, e.g. resolved;\n"
           "                         --settings: rule severities and word lists)\n"
           "  measure --channel sms|x|mastodon|bluesky (--text TEXT | --file FILE) --json\n"
           "                         count a text the way the channel does\n"
           "  audit verify --database PATH [--json]\n"
           "                         check the timeline's hash chain; exit 1 names the first bad event\n"
           "  audit checkpoint --database PATH  print the chain's head (verify --witness FILE takes it)\n"
           "  demo --database PATH   write the demo database\n"
           "  dispatch --database PATH [--timeout MS] [--json]\n"
           "                         send what is due in the outbox, then exit\n"
           "  version                print the version\n\n"
           "Run herald-cli COMMAND --help for the options of a command.\n";
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    AppInfo::apply();
    QStringList args = app.arguments();
    if (args.size() < 2) {
        usage();
        return 2;
    }
    const QString command = args.takeAt(1);
    // Qt has already replaced bytes that are not UTF-8 in `args`; refuse them instead, from argv.
    if (const auto bad = Cli::CliInput::invalidArgument(argc, argv)) {
        Cli::err() << "herald-cli " << command << ": " << *bad << '\n';
        return 2;
    }
    const QHash<QString, int (*)(const QStringList&)> commands{
        {u"audit"_s, &Cli::audit}, {u"demo"_s, &Cli::demo},       {u"render"_s, &Cli::render},
        {u"lint"_s, &Cli::lint},   {u"measure"_s, &Cli::measure}, {u"dispatch"_s, &Cli::dispatch},
    };
    try {
        if (const auto run = commands.value(command))
            return run(args);
        if (command == u"version"_s || command == u"--version"_s) {
            Cli::out() << "herald-cli " << AppInfo::version() << '\n';
            return 0;
        }
        if (command == u"--help"_s || command == u"-h"_s || command == u"help"_s) {
            usage();
            return 0;
        }
        Cli::err() << "herald-cli: unknown command \"" << command << "\"\n\n";
        usage();
        return 2;
    } catch (const HeraldError& error) {
        Cli::err() << "herald-cli " << command << ": " << error.message() << '\n';
        return 2;
    }
}
