#include "base/SystemClock.h"
#include "cli/CliOutput.h"
#include "cli/Commands.h"
#include "demo/DemoSeeder.h"
#include "store/Store.h"
#include "templating/TemplateLibrary.h"

#include <QCommandLineParser>
#include <QFile>

using namespace Qt::StringLiterals;

namespace Herald::Cli {

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

} // namespace Herald::Cli
