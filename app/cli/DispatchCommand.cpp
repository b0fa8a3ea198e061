#include "base/SystemClock.h"
#include "cli/CliChainWitness.h"
#include "cli/CliInput.h"
#include "cli/CliOutput.h"
#include "cli/Commands.h"
#include "delivery/DispatcherThread.h"
#include "delivery/OutboxSettings.h"
#include "store/DatabaseOpenError.h"
#include "store/Store.h"
#include "workflow/ChangeNotifier.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Herald::Cli {

namespace {
int fail(const QString& message, int code = 2)
{
    err() << "herald-cli dispatch: " << message << '\n';
    return code;
}
} // namespace

// herald-cli dispatch --database PATH: works through the outbox without the GUI (a server
// sidecar, or the crash test's victim) until nothing is due, then reports the rows by state.
// Rows that stopped dispatchers left in flight are resent first, with their idempotency keys;
// rows another running process is sending (the GUI, another dispatch) are left to it.
// Exit 1 when the outbox could not record its work: then nothing unrecorded was sent.
int dispatch(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Send what is due in the outbox, then exit."_s);
    parser.addHelpOption();
    parser.addOption({u"database"_s, u"The Herald database file."_s, u"PATH"_s});
    parser.addOption({u"timeout"_s, u"Per-request timeout in milliseconds (default 30000)."_s, u"MS"_s});
    parser.addOption({u"json"_s, u"Print the result as one JSON object."_s});
    if (const auto exit = CliInput::parse(parser, args, u"dispatch"_s))
        return *exit;
    const QString path = parser.value(u"database"_s);
    if (path.isEmpty() || !QFileInfo(path).isFile())
        return fail(u"--database PATH must name an existing Herald database"_s);
    QString problem;
    Dispatcher::Options options = OutboxSettings::load(&problem);
    if (!problem.isEmpty())
        return fail(problem);
    if (parser.isSet(u"timeout"_s)) {
        bool ok = false;
        const int timeout = parser.value(u"timeout"_s).toInt(&ok);
        if (!ok || timeout <= 0)
            return fail(u"--timeout takes a whole number of milliseconds above 0, not \"%1\""_s.arg(
                parser.value(u"timeout"_s)));
        options.timeoutMs = timeout;
    }
    const SystemClock clock;
    std::shared_ptr<Database> database;
    try {
        database = Database::open(path, clock, Database::Options{false, 0});
    } catch (const DatabaseOpenError& error) {
        return fail(error.message());
    }
    ChangeNotifier notifier;
    DispatcherThread dispatcher(database, clock, notifier, options);
    QString failure;
    QObject::connect(&dispatcher, &DispatcherThread::idle, qApp, &QCoreApplication::quit,
                     Qt::QueuedConnection);
    // A script can run dispatch again; waiting here for the disk to come back would hide it.
    QObject::connect(
        &dispatcher, &DispatcherThread::failed, qApp,
        [&failure](const QString& message) {
            if (failure.isEmpty())
                failure = message;
            QCoreApplication::quit();
        },
        Qt::QueuedConnection);
    dispatcher.start();
    QCoreApplication::exec();
    dispatcher.stop();
    witnessChainHead(database); // the events this run appended, witnessed outside the file
    if (!failure.isEmpty())
        return fail(
            u"the outbox could not record its work, so it stopped; nothing was sent whose claim "
            u"was not recorded. Make %1 writable or free disk space, then run dispatch again. (%2)"_s.arg(
                path, failure),
            1);

    const QHash<DeliveryState, int> counts = Store(database).deliveries().stateCounts(0);
    QJsonObject result;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        result.insert(deliveryStateKey(it.key()), it.value());
    if (parser.isSet(u"json"_s))
        printJson(QJsonDocument(result));
    else
        for (auto it = result.constBegin(); it != result.constEnd(); ++it)
            out() << it.key() << ": " << it.value().toInt() << '\n';
    return 0;
}

} // namespace Herald::Cli
