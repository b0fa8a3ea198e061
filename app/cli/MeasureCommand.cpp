#include "channels/bluesky/BlueskyMeasure.h"
#include "channels/mastodon/MastodonMeasure.h"
#include "channels/sms/SmsMeasure.h"
#include "channels/x/XMeasure.h"
#include "cli/CliInput.h"
#include "cli/CliOutput.h"
#include "cli/Commands.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Herald::Cli {

namespace {

QJsonObject measureSms(const QString& text)
{
    const SmsMeasure::Result m = SmsMeasure::measure(text);
    // The limit is one message's (160 septets or 70 UTF-16 units); longer texts go out as
    // segments of 153 or 67, which "segments" counts.
    return {{u"channel"_s, u"sms"_s},
            {u"length"_s, m.length},
            {u"limit"_s, m.singleLimit},
            {u"fits"_s, m.length <= m.singleLimit},
            {u"encoding"_s, SmsMeasure::encodingName(m.encoding)},
            {u"segments"_s, m.segments},
            {u"segment_limit"_s, m.segmentLimit}};
}

QJsonObject measureX(const QString& text)
{
    const XMeasure::Result m = XMeasure::measure(text);
    return {{u"channel"_s, u"x"_s},
            {u"length"_s, m.weightedLength},
            {u"limit"_s, XMeasure::maxLength},
            {u"fits"_s, m.valid},
            {u"permillage"_s, m.permillage}};
}

QJsonObject measureMastodon(const QString& text)
{
    const int length = MastodonMeasure::length(text);
    return {{u"channel"_s, u"mastodon"_s},
            {u"length"_s, length},
            {u"limit"_s, MastodonMeasure::defaultLimit},
            {u"fits"_s, length <= MastodonMeasure::defaultLimit}};
}

QJsonObject measureBluesky(const QString& text)
{
    const BlueskyMeasure::Result m = BlueskyMeasure::measure(text);
    return {{u"channel"_s, u"bluesky"_s},
            {u"length"_s, m.graphemes},
            {u"limit"_s, BlueskyMeasure::graphemeLimit},
            {u"fits"_s, m.fits()},
            {u"bytes"_s, m.bytes},
            {u"byte_limit"_s, BlueskyMeasure::byteLimit}};
}

QString humanLine(const QJsonObject& m)
{
    const QString channel = m.value(u"channel"_s).toString();
    QString line =
        u"%1: %2 of %3"_s.arg(channel).arg(m.value(u"length"_s).toInt()).arg(m.value(u"limit"_s).toInt());
    if (channel == u"sms"_s)
        line += u" (%1, %2 segment(s))"_s.arg(m.value(u"encoding"_s).toString())
                    .arg(m.value(u"segments"_s).toInt());
    else if (channel == u"bluesky"_s)
        line += u" graphemes, %1 of %2 bytes"_s.arg(m.value(u"bytes"_s).toInt())
                    .arg(m.value(u"byte_limit"_s).toInt());
    return line + (m.value(u"fits"_s).toBool() ? u", fits"_s : u", does not fit"_s);
}

} // namespace

int measure(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Count a text the way the channel does and print length, limit and whether it fits.\n"
        "Units of length: sms septets (GSM-7) or UTF-16 code units (UCS-2); x twitter-text v3 weighted\n"
        "length (URLs 23); mastodon characters (graphemes, http(s) URLs 23, @user@domain as @user);\n"
        "bluesky graphemes (and UTF-8 bytes; both must fit). sms fits when it goes in one message;\n"
        "longer texts are sent as \"segments\" of 153 septets or 67 UTF-16 units.\n"
        "--file reads UTF-8 and drops exactly one trailing newline (\\n or \\r\\n) if there is one.\n"
        "Exit status: 0 when measured, whether it fits or not (see \"fits\"); 2 on bad input."_s);
    parser.addHelpOption();
    parser.addOption({u"channel"_s, u"sms, x, mastodon or bluesky."_s, u"NAME"_s});
    parser.addOption({u"text"_s, u"The text to measure."_s, u"TEXT"_s});
    parser.addOption({u"file"_s, u"A UTF-8 file with the text to measure."_s, u"FILE"_s});
    parser.addOption({u"json"_s, u"Print one JSON object instead of a line of text."_s});
    if (const auto exit = CliInput::parse(parser, args, u"measure"_s, u"(put the text after --text)"_s))
        return *exit;

    const QHash<QString, QJsonObject (*)(const QString&)> channels{{u"sms"_s, &measureSms},
                                                                   {u"x"_s, &measureX},
                                                                   {u"mastodon"_s, &measureMastodon},
                                                                   {u"bluesky"_s, &measureBluesky}};
    const QString channel = parser.value(u"channel"_s);
    if (!parser.isSet(u"channel"_s)) {
        err() << "herald-cli measure: --channel NAME is required (sms, x, mastodon or bluesky)\n";
        return 2;
    }
    const auto run = channels.value(channel);
    if (!run) {
        err() << "herald-cli measure: unknown channel \"" << channel
              << "\" (use sms, x, mastodon or bluesky)\n";
        return 2;
    }
    const bool hasText = parser.isSet(u"text"_s), hasFile = parser.isSet(u"file"_s);
    if (hasText == hasFile) {
        err() << "herald-cli measure: give exactly one of --text TEXT and --file FILE\n";
        return 2;
    }
    QString text;
    if (hasText) {
        text = parser.value(u"text"_s);
    } else {
        const QString path = parser.value(u"file"_s);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            err() << "herald-cli measure: cannot read --file " << path << ": " << file.errorString() << '\n';
            return 2;
        }
        QByteArray bytes = file.readAll();
        if (bytes.endsWith("\r\n"))
            bytes.chop(2);
        else if (bytes.endsWith('\n'))
            bytes.chop(1);
        const auto decoded = CliInput::decodeUtf8(bytes, path);
        if (!decoded) {
            err() << "herald-cli measure: " << decoded.error() << '\n';
            return 2;
        }
        text = *decoded;
    }

    const QJsonObject result = run(text);
    if (parser.isSet(u"json"_s))
        printJson(QJsonDocument(result));
    else
        out() << humanLine(result) << '\n';
    return 0;
}

} // namespace Herald::Cli
