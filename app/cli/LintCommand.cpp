#include "channels/UpdateComposer.h"
#include "checks/WordingChecker.h"
#include "cli/CliInput.h"
#include "cli/CliOutput.h"
#include "cli/CliTemplateInput.h"
#include "cli/Commands.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Herald::Cli {

namespace {
constexpr int excerptLength = 80;

// The text a finding points at, shortened for a terminal; empty when it covers no span.
QString excerptOf(const Finding& finding, const QString& text)
{
    if (finding.end <= finding.start || finding.end > text.size())
        return {};
    const QString span = text.mid(finding.start, finding.end - finding.start).simplified();
    return span.size() > excerptLength ? span.left(excerptLength - 1) + u'…' : span;
}

QJsonObject toJson(const Finding& finding, const QString& excerpt)
{
    QJsonObject object{{u"rule"_s, finding.rule}, {u"severity"_s, findingSeverityKey(finding.severity)},
                       {u"part"_s, finding.part}, {u"start"_s, finding.start},
                       {u"end"_s, finding.end},   {u"message"_s, finding.message},
                       {u"excerpt"_s, excerpt}};
    if (finding.channel)
        object.insert(u"channel"_s, channelKey(*finding.channel));
    return object;
}

int fail(const QString& message)
{
    err() << "herald-cli lint: " << message << '\n';
    return 2;
}
} // namespace

int lint(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Check the wording of a text, or of a template rendered for every channel. Exit code 0: nothing "
        "blocks, 1: a finding blocks, 2: bad input."_s);
    parser.addHelpOption();
    parser.addOptions({
        {u"file"_s, u"A plain text file (UTF-8) to check."_s, u"FILE"_s},
        {u"template"_s, u"A shipped template id or a template file (YAML)."_s, u"ID|FILE"_s},
        {u"vars"_s, u"The template's variable values (JSON object)."_s, u"FILE.json"_s},
        {u"status"_s,
         u"With --file: the incident status the text is for (resolved and completed need no next update)."_s,
         u"STATUS"_s},
        {u"settings"_s, u"Check settings (JSON, see CheckSettings); defaults otherwise."_s, u"FILE.json"_s},
        {u"json"_s, u"Print the findings as JSON."_s},
    });
    if (const auto exit = CliInput::parse(parser, args, u"lint"_s))
        return *exit;
    const bool fromFile = parser.isSet(u"file"_s);
    const bool fromTemplate = parser.isSet(u"template"_s);
    if (fromFile == fromTemplate)
        return fail(u"give either --file FILE or --template ID|FILE --vars FILE.json"_s);
    if (fromTemplate && !parser.isSet(u"vars"_s))
        return fail(u"--template needs --vars FILE.json"_s);

    CheckSettings settings;
    if (parser.isSet(u"settings"_s)) {
        const QString path = parser.value(u"settings"_s);
        const auto object = CliTemplateInput::readJsonObject(path);
        if (!object)
            return fail(object.error());
        auto read = CheckSettings::fromJson(*object);
        if (!read)
            return fail(path + u": "_s + read.error());
        settings = *read;
    }
    const WordingChecker checker(settings);

    QList<Finding> findings;
    QList<QJsonObject> entries;
    if (fromFile) {
        const QString path = parser.value(u"file"_s);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(u"%1: cannot read the file: %2"_s.arg(path, file.errorString()));
        const auto decoded = CliInput::decodeUtf8(file.readAll(), path);
        if (!decoded)
            return fail(decoded.error());
        const QString text = *decoded;
        std::optional<IncidentStatus> status;
        if (parser.isSet(u"status"_s)) {
            status = incidentStatusFromKey(parser.value(u"status"_s));
            if (!status)
                return fail(u"unknown status \"%1\""_s.arg(parser.value(u"status"_s)));
        }
        findings = checker.checkText(text, status);
        for (const Finding& finding : findings)
            entries << toJson(finding, excerptOf(finding, text));
    } else {
        const auto input = CliTemplateInput::load(parser.value(u"template"_s), parser.value(u"vars"_s));
        if (!input)
            return fail(input.error());
        const UpdateComposer composer;
        const ComposedUpdate update = composer.compose(input->messageTemplate, input->incident,
                                                       input->variables, composer.supportedChannels());
        findings = checker.check(update, input->incident, composer, input->messageTemplate.locale);
        for (const Finding& finding : findings) {
            QString text;
            if (const ChannelMessage* message = finding.channel ? update.message(*finding.channel) : nullptr)
                text = finding.part == u"title"_s ? message->title : message->text;
            entries << toJson(finding, excerptOf(finding, text));
        }
    }

    const int blocking = WordingChecker::blockingCount(findings);
    if (parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const QJsonObject& entry : entries)
            array << entry;
        printJson(QJsonDocument(QJsonObject{{u"findings"_s, array}, {u"blocking"_s, blocking}}));
    } else {
        for (const QJsonObject& entry : entries) {
            out() << entry.value(u"severity"_s).toString() << ' ' << entry.value(u"rule"_s).toString();
            if (entry.contains(u"channel"_s))
                out() << ' ' << entry.value(u"channel"_s).toString();
            out() << ' ' << entry.value(u"part"_s).toString() << ' ' << entry.value(u"start"_s).toInt() << '-'
                  << entry.value(u"end"_s).toInt() << ": " << entry.value(u"message"_s).toString();
            if (!entry.value(u"excerpt"_s).toString().isEmpty())
                out() << " [" << entry.value(u"excerpt"_s).toString() << ']';
            out() << '\n';
        }
        out() << findings.size() << " finding(s), " << blocking << " blocking\n";
        out().flush();
    }
    return blocking > 0 ? 1 : 0;
}

} // namespace Herald::Cli
