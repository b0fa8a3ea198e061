// herald-cli: Herald's core without a window, for runbooks and scripts.
// Exit codes: 0 success, 1 findings or a failed check, 2 bad input.

#include "base/AppInfo.h"
#include "base/HeraldError.h"
#include "base/SystemClock.h"
#include "demo/DemoSeeder.h"
#include "store/Store.h"
#include "templating/TemplateLibrary.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace Herald;

namespace {
QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

int demo(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Write the demo database the GUI opens on first run."_s);
    parser.addHelpOption();
    parser.addOption({u"database"_s, u"The database file to create (must not exist)."_s, u"PATH"_s});
    parser.process(args);
    const QString path = parser.value(u"database"_s);
    if (path.isEmpty()) {
        err() << "herald-cli demo: --database PATH is required\n";
        return 2;
    }
    if (QFile::exists(path)) {
        err() << "herald-cli demo: " << path << " exists already; it was not changed\n";
        return 2;
    }
    const SystemClock clock;
    const Store store(Database::open(path, clock));
    DemoSeeder::seed(store, TemplateLibrary::shipped(), clock.now());
    out() << "Wrote the demo database to " << path << " (" << store.timeline().count()
          << " timeline events)\n";
    return 0;
}

void usage()
{
    err() << "Usage: herald-cli COMMAND [OPTIONS]\n\n"
             "Commands:\n"
             "  demo --database PATH   write the demo database\n"
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
    try {
        if (command == u"demo"_s)
            return demo(args);
        if (command == u"version"_s || command == u"--version"_s) {
            out() << "herald-cli " << AppInfo::version() << '\n';
            return 0;
        }
        if (command == u"--help"_s || command == u"-h"_s || command == u"help"_s) {
            usage();
            return 0;
        }
        err() << "herald-cli: unknown command \"" << command << "\"\n\n";
        usage();
        return 2;
    } catch (const HeraldError& error) {
        err() << "herald-cli " << command << ": " << error.message() << '\n';
        return 2;
    }
}
