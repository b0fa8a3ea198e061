#include "base/HeraldError.h"
#include "base/SystemClock.h"
#include "cli/CliInput.h"
#include "cli/CliOutput.h"
#include "cli/Commands.h"
#include "demo/DemoSeeder.h"
#include "store/Store.h"
#include "templating/TemplateLibrary.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <unistd.h>

#include <cerrno>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Herald::Cli {

namespace {
int fail(const QString& message)
{
    err() << "herald-cli demo: " << message << '\n';
    err().flush();
    return 2;
}

void removeDatabaseFiles(const QString& path)
{
    for (const QString& suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QFile::remove(path + suffix);
    QDir(path + u".backups"_s).removeRecursively();
}
} // namespace

int demo(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Write the demo database the GUI opens on first run."_s);
    parser.addHelpOption();
    parser.addOption({u"database"_s, u"The database file to create (must not exist)."_s, u"PATH"_s});
    if (const auto exit = CliInput::parse(parser, args, u"demo"_s))
        return *exit;
    const QString path = parser.value(u"database"_s);
    if (path.isEmpty())
        return fail(u"--database PATH is required"_s);
    const QString taken = u"%1 exists already; it was not changed"_s.arg(path);
    if (QFile::exists(path))
        return fail(taken);
    // Written under a name of its own, then linked into place, which fails if the path exists
    // by then: two demos racing for one path never share a file (SQLite's "database is locked"
    // or a half-migrated schema), and the loser says the path is taken.
    const QFileInfo target(path);
    const QString partial = target.dir().filePath(
        u".%1.demo-%2"_s.arg(target.fileName()).arg(QCoreApplication::applicationPid()));
    removeDatabaseFiles(partial);
    qsizetype events = 0;
    try {
        const SystemClock clock;
        const Store store(Database::open(partial, clock));
        DemoSeeder::seed(store, TemplateLibrary::shipped(), clock.now());
        events = store.timeline().count();
    } catch (const HeraldError& error) {
        removeDatabaseFiles(partial);
        return fail(error.message());
    }
    // Closed: SQLite folded its log into the file and removed it.
    if (QFile::exists(partial + u"-wal"_s) && QFileInfo(partial + u"-wal"_s).size() > 0) {
        removeDatabaseFiles(partial);
        return fail(u"could not finish writing %1 (its write-ahead log was left behind)"_s.arg(path));
    }
    const int linked = ::link(QFile::encodeName(partial).constData(), QFile::encodeName(path).constData());
    const int linkError = errno;
    removeDatabaseFiles(partial);
    if (linked != 0)
        return fail(linkError == EEXIST
                        ? QString(taken + u" (another process wrote it first)"_s)
                        : u"cannot write %1: %2"_s.arg(path, QString::fromLocal8Bit(strerror(linkError))));
    out() << "Wrote the demo database to " << path << " (" << events << " timeline events)\n";
    return 0;
}

} // namespace Herald::Cli
