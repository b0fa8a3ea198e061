#include "base/SystemClock.h"
#include "cli/CliOutput.h"
#include "cli/Commands.h"
#include "domain/TimelineEventType.h"
#include "store/Store.h"
#include "timeline/TimelineChain.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Herald::Cli {

namespace {
// Every send before review, with who reviewed it afterwards: the first thing an auditor asks.
QJsonArray emergencySends(const QList<TimelineEvent>& events)
{
    QJsonArray sends;
    for (const TimelineEvent& event : events) {
        if (event.type != TimelineEventType::DraftEmergencySent)
            continue;
        const qint64 draft = event.details.value(u"draft"_s).toInteger();
        QString reviewedBy;
        for (const TimelineEvent& later : events)
            if (later.type == TimelineEventType::AfterSendReviewed &&
                later.details.value(u"draft"_s).toInteger() == draft)
                reviewedBy = later.actorName;
        sends << QJsonObject{
            {u"event"_s, event.sequence},  {u"incident"_s, event.incidentId},
            {u"draft"_s, draft},           {u"at"_s, event.at.toString(Qt::ISODate)},
            {u"by"_s, event.actorName},    {u"reason"_s, event.details.value(u"reason"_s).toString()},
            {u"reviewed_by"_s, reviewedBy}};
    }
    return sends;
}
} // namespace

// herald-cli audit verify --database PATH [--json]: checks the timeline's hash chain and lists
// the sends made before review. 0 and the event count when intact; 1 naming the first event
// that does not verify; 2 when the file cannot be read as a Herald database.
int audit(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Verify that no timeline event was altered, removed or reordered (audit verify)."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"verify"_s, u"The check to run (verify)."_s);
    parser.addOption({u"database"_s, u"The Herald database file to verify."_s, u"PATH"_s});
    parser.addOption({u"json"_s, u"Print the result as one JSON object."_s});
    parser.process(args);
    if (parser.positionalArguments() != QStringList{u"verify"_s}) {
        err() << "herald-cli audit: say what to do: herald-cli audit verify --database PATH\n";
        return 2;
    }
    const QString path = parser.value(u"database"_s);
    if (path.isEmpty()) {
        err() << "herald-cli audit verify: --database PATH is required\n";
        return 2;
    }
    if (!QFileInfo(path).isFile()) {
        err() << "herald-cli audit verify: " << path << " does not exist or is not a file\n";
        return 2;
    }
    const SystemClock clock;
    // No backup: verifying must not rotate good backups away with a possibly tampered file.
    const Store store(Database::open(path, clock, Database::Options{false, 0}));
    const QList<TimelineEvent> events = store.timeline().events();
    const auto broken = TimelineChain::verify(events);
    const QJsonArray emergencies = emergencySends(events);
    if (parser.isSet(u"json"_s)) {
        QJsonObject result{{u"database"_s, path},
                           {u"events"_s, events.size()},
                           {u"intact"_s, !broken},
                           {u"emergency_sends"_s, emergencies}};
        if (broken) {
            result.insert(u"first_bad_event"_s, broken->sequence);
            result.insert(u"reason"_s, broken->reason);
        }
        printJson(QJsonDocument(result));
    } else if (broken) {
        out() << "Timeline of " << path << " is broken at event " << broken->sequence << ": "
              << broken->reason << '\n';
    } else {
        out() << "Timeline of " << path << " is intact: " << events.size() << " events verified\n";
    }
    if (!parser.isSet(u"json"_s)) {
        out() << "Emergency sends before review: " << emergencies.size() << '\n';
        for (const QJsonValue& value : emergencies) {
            const QJsonObject send = value.toObject();
            const QString reviewed = send[u"reviewed_by"_s].toString();
            out() << "  event " << send[u"event"_s].toInteger() << ": update #"
                  << send[u"draft"_s].toInteger() << " at " << send[u"at"_s].toString() << " by "
                  << send[u"by"_s].toString() << " (\"" << send[u"reason"_s].toString() << "\"), "
                  << (reviewed.isEmpty() ? u"after-send review STILL OPEN"_s
                                         : u"reviewed after by "_s + reviewed)
                  << '\n';
        }
    }
    return broken ? 1 : 0;
}

} // namespace Herald::Cli
