#include "base/SystemClock.h"
#include "cli/AuditWitnesses.h"
#include "cli/CliOutput.h"
#include "cli/Commands.h"
#include "domain/TimelineEventType.h"
#include "store/Store.h"
#include "timeline/ChainCheckpoint.h"
#include "timeline/TimelineChain.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QHash>
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

namespace {
int fail(const QString& message)
{
    err() << "herald-cli audit: " << message << '\n';
    return 2;
}

// herald-cli audit checkpoint: the chain's head as JSON, for an operator to keep elsewhere and
// give back to `audit verify --witness`. Refused (1) for a chain that does not verify.
int checkpoint(const Database& database, const QList<TimelineEvent>& events, const Clock& clock)
{
    if (const auto broken = TimelineChain::verify(events)) {
        err() << "herald-cli audit checkpoint: the timeline of " << database.path() << " is broken at event "
              << broken->sequence << ": " << broken->reason << "; no checkpoint of it is worth keeping\n";
        return 1;
    }
    if (database.id().isEmpty())
        return fail(u"%1 is at schema version %2, which has no database id to name in a checkpoint; open it "
                    "with Herald once (it is backed up, then upgraded)"_s.arg(database.path())
                        .arg(database.schemaVersion()));
    const ChainHead head =
        events.isEmpty() ? ChainHead{} : ChainHead{events.last().sequence, events.last().hash};
    out() << ChainCheckpoint{database.id(), head, clock.now()}.toJson() << '\n';
    return 0;
}
} // namespace

// herald-cli audit verify --database PATH [--witness FILE]... [--no-keychain] [--json]: checks the
// timeline's hash chain, and its head against every witness (the keychain's, each file given),
// and lists the sends made before review. 0 and the event count when intact; 1 naming the first
// event that does not verify or what a witness found (truncated, re-chained); 2 when the file is
// not a Herald database or a witness is not one of its checkpoints.
// herald-cli audit checkpoint --database PATH: prints the head as a checkpoint (JSON).
// Both open the file read-only: no schema written, no upgrade, no backup.
int audit(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Verify that no timeline event was altered, removed or reordered (audit verify), or print "
        "the chain's head to keep as a witness (audit checkpoint)."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"verify|checkpoint"_s, u"What to do."_s);
    parser.addOption({u"database"_s, u"The Herald database file."_s, u"PATH"_s});
    parser.addOption(
        {u"witness"_s, u"A checkpoint file to check the chain's head against (repeatable)."_s, u"FILE"_s});
    parser.addOption({u"no-keychain"_s, u"Do not ask the system keychain for its witness."_s});
    parser.addOption({u"json"_s, u"Print the result as one JSON object."_s});
    if (!parser.parse(args))
        return fail(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        out() << parser.helpText();
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 ||
        (positional.first() != u"verify"_s && positional.first() != u"checkpoint"_s))
        return fail(u"say what to do: herald-cli audit verify|checkpoint --database PATH"_s);
    const QString path = parser.value(u"database"_s);
    if (path.isEmpty())
        return fail(u"--database PATH is required"_s);
    if (!QFileInfo(path).isFile())
        return fail(u"%1 does not exist or is not a file"_s.arg(path));
    const SystemClock clock;
    // Read-only: an audit never changes what it audits (no schema, no upgrade, no backup that
    // would rotate good backups away with a possibly tampered file).
    const Store store(Database::open(path, clock, Database::Options{.readOnly = true}));
    const Database& database = store.database();
    const QList<TimelineEvent> events = store.timeline().events();
    if (positional.first() == u"checkpoint"_s)
        return checkpoint(database, events, clock);

    AuditWitnesses witnesses;
    if (database.id().isEmpty()) {
        if (parser.isSet(u"witness"_s))
            return fail(u"%1 is at schema version %2, which has no database id: no witness can be matched "
                        "to it. Open it with Herald once (it is backed up, then upgraded)"_s.arg(path)
                            .arg(database.schemaVersion()));
    } else {
        witnesses.addFiles(parser.values(u"witness"_s), database.id());
        if (!parser.isSet(u"no-keychain"_s))
            witnesses.addKeychain(database.id(), 10000);
    }
    const ChainHead newest =
        events.isEmpty() ? ChainHead{} : ChainHead{events.last().sequence, events.last().hash};
    QHash<qint64, QByteArray> hashes;
    for (const TimelineEvent& event : events)
        hashes.insert(event.sequence, event.hash);
    witnesses.judge(newest, [&hashes](qint64 sequence) { return hashes.value(sequence); });

    const auto broken = TimelineChain::verify(events);
    const QJsonArray emergencies = emergencySends(events);
    const bool failed = broken || witnesses.anyFailed();
    if (parser.isSet(u"json"_s)) {
        QJsonObject result{{u"database"_s, path},
                           {u"database_id"_s, database.id()},
                           {u"schema_version"_s, database.schemaVersion()},
                           {u"events"_s, events.size()},
                           {u"head"_s, QJsonObject{{u"sequence"_s, newest.sequence},
                                                   {u"hash"_s, QString::fromLatin1(newest.hash)}}},
                           {u"intact"_s, !failed},
                           {u"chain_intact"_s, !broken},
                           {u"witnesses"_s, witnesses.toJson()},
                           {u"emergency_sends"_s, emergencies}};
        if (broken) {
            result.insert(u"first_bad_event"_s, broken->sequence);
            result.insert(u"reason"_s, broken->reason);
        }
        printJson(QJsonDocument(result));
        return failed ? 1 : 0;
    }
    if (broken)
        out() << "Timeline of " << path << " is broken at event " << broken->sequence << ": "
              << broken->reason << '\n';
    else if (witnesses.anyFailed())
        out() << "Timeline of " << path << " is not what its witnesses saw:\n";
    else
        out() << "Timeline of " << path << " is intact: " << events.size() << " events verified\n";
    for (const AuditWitnesses::Witness& witness : witnesses.all())
        out() << "  witness " << witness.source << ": " << witness.verdict << '\n';
    if (database.id().isEmpty())
        out() << "  no witness checked: schema version " << database.schemaVersion()
              << " has no database id (verified as it is, not upgraded)\n";
    out() << "Emergency sends before review: " << emergencies.size() << '\n';
    for (const QJsonValue& value : emergencies) {
        const QJsonObject send = value.toObject();
        const QString reviewed = send[u"reviewed_by"_s].toString();
        out() << "  event " << send[u"event"_s].toInteger() << ": update #" << send[u"draft"_s].toInteger()
              << " at " << send[u"at"_s].toString() << " by " << send[u"by"_s].toString() << " (\""
              << send[u"reason"_s].toString() << "\"), "
              << (reviewed.isEmpty() ? u"after-send review STILL OPEN"_s : u"reviewed after by "_s + reviewed)
              << '\n';
    }
    return failed ? 1 : 0;
}

} // namespace Herald::Cli
