#include "base/SystemClock.h"
#include "cli/CliOutput.h"
#include "cli/Commands.h"
#include "delivery/DispatcherThread.h"
#include "delivery/OutboxSettings.h"
#include "store/Store.h"
#include "workflow/ChangeNotifier.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Herald::Cli {

// herald-cli dispatch --database PATH: works through the outbox without the GUI (a server
// sidecar, or the crash test's victim) until nothing is due, then reports the rows by state.
// Rows a previous run left in flight are resent first, with their idempotency keys.
int dispatch(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Send what is due in the outbox, then exit."_s);
    parser.addHelpOption();
    parser.addOption({u"database"_s, u"The Herald database file."_s, u"PATH"_s});
    parser.addOption({u"timeout"_s, u"Per-request timeout in milliseconds (default 30000)."_s, u"MS"_s});
    parser.addOption({u"json"_s, u"Print the result as one JSON object."_s});
    parser.process(args);
    const QString path = parser.value(u"database"_s);
    if (path.isEmpty() || !QFileInfo(path).isFile()) {
        err() << "herald-cli dispatch: --database PATH must name an existing Herald database\n";
        return 2;
    }
    const SystemClock clock;
    auto database = Database::open(path, clock, Database::Options{false, 0});
    ChangeNotifier notifier;
    QString problem;
    Dispatcher::Options options = OutboxSettings::load(&problem);
    if (!problem.isEmpty()) {
        err() << "herald-cli dispatch: " << problem << '\n';
        return 2;
    }
    if (parser.isSet(u"timeout"_s))
        options.timeoutMs = parser.value(u"timeout"_s).toInt();
    DispatcherThread dispatcher(database, clock, notifier, options);
    QObject::connect(&dispatcher, &DispatcherThread::idle, qApp, &QCoreApplication::quit,
                     Qt::QueuedConnection);
    dispatcher.start();
    QCoreApplication::exec();
    dispatcher.stop();

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
