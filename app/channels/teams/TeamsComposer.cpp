#include "channels/teams/TeamsComposer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Herald {

QString TeamsComposer::colorName(ChatFacts::Tone tone)
{
    switch (tone) {
    case ChatFacts::Tone::Attention:
        return u"attention"_s;
    case ChatFacts::Tone::Warning:
        return u"warning"_s;
    case ChatFacts::Tone::Good:
        return u"good"_s;
    case ChatFacts::Tone::Accent:
        return u"accent"_s;
    }
    return u"default"_s;
}

ChannelMessage TeamsComposer::compose(const ComposeInput& input) const
{
    ChannelMessage message;
    message.channel = ChannelKind::Teams;
    message.title = input.title(ChannelKind::Teams, u"teams header"_s);
    message.text = input.body(ChannelKind::Teams, TemplateRenderer::Escaping::TeamsMarkdown, u"teams"_s);

    QJsonArray body{QJsonObject{
        {u"type"_s, u"TextBlock"_s},
        {u"text"_s, TemplateRenderer::escapeTeams(message.title)},
        {u"size"_s, u"Large"_s},
        {u"weight"_s, u"Bolder"_s},
        {u"color"_s, colorName(ChatFacts::tone(input.incident))},
        {u"wrap"_s, true},
    }};
    QJsonArray facts;
    for (const ChatFacts::Fact& fact : ChatFacts::facts(input))
        facts << QJsonObject{{u"title"_s, TemplateRenderer::escapeTeams(fact.title)},
                             {u"value"_s, TemplateRenderer::escapeTeams(fact.value)}};
    body << QJsonObject{{u"type"_s, u"FactSet"_s}, {u"facts"_s, facts}};
    // TextBlock Markdown needs "\n\n" for a line break outside lists; a block per line keeps
    // the lines as written, with paragraph spacing where the text has a blank line.
    bool paragraphStart = true;
    for (const QString& line : message.text.split(u'\n')) {
        if (line.trimmed().isEmpty()) {
            paragraphStart = true;
            continue;
        }
        body << QJsonObject{{u"type"_s, u"TextBlock"_s},
                            {u"text"_s, line},
                            {u"wrap"_s, true},
                            {u"spacing"_s, paragraphStart ? u"Medium"_s : u"None"_s}};
        paragraphStart = false;
    }
    const QJsonObject card{
        {u"$schema"_s, u"http://adaptivecards.io/schemas/adaptive-card.json"_s},
        {u"type"_s, u"AdaptiveCard"_s},
        {u"version"_s, QString::fromLatin1(cardVersion)},
        {u"body"_s, body},
        {u"msteams"_s, QJsonObject{{u"width"_s, u"Full"_s}}},
    };
    const QJsonObject payload{
        {u"type"_s, u"message"_s},
        {u"attachments"_s,
         QJsonArray{QJsonObject{{u"contentType"_s, u"application/vnd.microsoft.card.adaptive"_s},
                                {u"content"_s, card}}}},
    };
    message.wire = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    return message;
}

QList<ChannelLimit> TeamsComposer::limits(const ChannelMessage& message) const
{
    const int bytes = int(message.wire.size());
    return {
        {u"payload"_s, tr("Payload"), tr("bytes"), bytes, payloadLimit, true,
         tr("Teams message size limit (28 KB)")},
        {u"payload-advice"_s, tr("Prudent size"), tr("bytes"), bytes, prudentPayload, false,
         tr("Workflows may accept a larger card and drop it later")},
    };
}

} // namespace Herald
