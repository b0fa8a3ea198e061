#include "channels/UpdateComposer.h"
#include "cli/CliInput.h"
#include "cli/CliOutput.h"
#include "cli/CliTemplateInput.h"
#include "cli/Commands.h"
#include "templating/TemplateLibrary.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Herald::Cli {

namespace {
int fail(const QString& message)
{
    err() << "herald-cli render: " << message << '\n';
    err().flush();
    return 2;
}

QJsonObject toJson(const TemplateProblem& problem)
{
    return QJsonObject{{u"source"_s, problem.source},
                       {u"line"_s, problem.line},
                       {u"column"_s, problem.column},
                       {u"length"_s, problem.length},
                       {u"message"_s, problem.message}};
}

QJsonValue wireOf(const QByteArray& wire)
{
    if (wire.isEmpty())
        return QJsonValue::Null;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(wire, &error);
    if (error.error != QJsonParseError::NoError)
        return QString::fromUtf8(wire); // not JSON (a form body, SSML): as it goes on the wire
    return document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
}

void print(const QJsonObject& result, bool json)
{
    if (json) {
        printJson(QJsonDocument(result));
        return;
    }
    for (const QJsonValue& value : result.value(u"channels"_s).toArray()) {
        const QJsonObject channel = value.toObject();
        out() << "== " << channel.value(u"channel"_s).toString() << " ==\n";
        if (!channel.value(u"title"_s).toString().isEmpty())
            out() << channel.value(u"title"_s).toString() << "\n\n";
        out() << channel.value(u"text"_s).toString() << "\n\n";
    }
    for (const QJsonValue& value : result.value(u"problems"_s).toArray()) {
        const QJsonObject p = value.toObject();
        err() << TemplateProblem{p.value(u"source"_s).toString(), p.value(u"line"_s).toInt(),
                                 p.value(u"column"_s).toInt(), p.value(u"message"_s).toString()}
                     .toString()
              << '\n';
    }
    out().flush();
    err().flush();
}
} // namespace

int render(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Render a template for every channel Herald composes (or one). Exit code 0: rendered, 1: the "
        "template has problems (syntax, unknown variables, required values missing), 2: bad input."_s);
    parser.addHelpOption();
    parser.addOptions({
        {u"template"_s, u"A shipped template id or a template file (YAML)."_s, u"ID|FILE"_s},
        {u"vars"_s,
         u"The variable values (JSON object); an \"incident\" member describes the sample incident."_s,
         u"FILE.json"_s},
        {u"channel"_s, u"Render only this channel (sms, email, slack, ...)."_s, u"NAME"_s},
        {u"locale"_s, u"Render the template's text in this locale, when it has one."_s, u"LOCALE"_s},
        {u"json"_s, u"Print the result as JSON."_s},
    });
    if (const auto exit = CliInput::parse(parser, args, u"render"_s))
        return *exit;
    if (!parser.isSet(u"template"_s))
        return fail(u"--template ID|FILE is required"_s);
    if (!parser.isSet(u"vars"_s))
        return fail(u"--vars FILE.json is required"_s);
    const bool json = parser.isSet(u"json"_s);

    const UpdateComposer composer;
    QList<ChannelKind> channels = composer.supportedChannels();
    if (parser.isSet(u"channel"_s)) {
        const auto channel = channelFromKey(parser.value(u"channel"_s));
        if (!channel || !composer.composer(*channel)) {
            QStringList names;
            for (ChannelKind c : channels)
                names << channelKey(c);
            return fail(u"unknown channel \"%1\" (use one of: %2)"_s.arg(parser.value(u"channel"_s),
                                                                         names.join(u", "_s)));
        }
        channels = {*channel};
    }

    // A template file with problems is the template's fault, not the command line's: report every
    // problem, placed in the file, and exit 1.
    const QString templateArg = parser.value(u"template"_s);
    if (QFileInfo(templateArg).isFile()) {
        const auto read = TemplateLibrary::readFile(templateArg);
        if (!read) {
            QJsonArray problems;
            for (const TemplateProblem& problem : read.error())
                problems << toJson(problem);
            print(QJsonObject{{u"template"_s, QJsonObject{{u"file"_s, templateArg}}},
                              {u"channels"_s, QJsonArray()},
                              {u"problems"_s, problems}},
                  json);
            return 1;
        }
    }
    const auto input = CliTemplateInput::load(templateArg, parser.value(u"vars"_s));
    if (!input)
        return fail(input.error());
    MessageTemplate messageTemplate = input->messageTemplate;
    if (parser.isSet(u"locale"_s)) {
        const QString locale = parser.value(u"locale"_s);
        if (!messageTemplate.availableLocales().contains(locale))
            return fail(u"the template has no locale \"%1\" (it has: %2)"_s.arg(
                locale, messageTemplate.availableLocales().join(u", "_s)));
        messageTemplate = messageTemplate.forLocale(locale);
    }

    const ComposedUpdate update =
        composer.compose(messageTemplate, input->incident, input->variables, channels);
    QJsonArray rendered;
    for (const ChannelMessage& message : update.messages)
        rendered << QJsonObject{{u"channel"_s, channelKey(message.channel)},
                                {u"title"_s, message.title},
                                {u"text"_s, message.text},
                                {u"html"_s, message.html},
                                {u"wire"_s, wireOf(message.wire)}};
    QJsonArray problems;
    for (const TemplateProblem& problem : update.problems)
        problems << toJson(problem);
    print(QJsonObject{{u"template"_s, QJsonObject{{u"id"_s, messageTemplate.id},
                                                  {u"version"_s, messageTemplate.version},
                                                  {u"locale"_s, messageTemplate.locale}}},
                      {u"channels"_s, rendered},
                      {u"problems"_s, problems}},
          json);
    return update.problems.isEmpty() ? 0 : 1;
}

} // namespace Herald::Cli
