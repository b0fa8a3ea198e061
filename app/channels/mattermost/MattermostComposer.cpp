#include "channels/mattermost/MattermostComposer.h"

#include "channels/chat/ChatFacts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Herald {

QString MattermostComposer::color(const Incident& incident)
{
    if (ChatFacts::tone(incident) == ChatFacts::Tone::Good)
        return u"#2e7d32"_s;
    // The severity colours Herald uses everywhere.
    switch (incident.severity) {
    case Severity::Sev1:
        return u"#c62828"_s;
    case Severity::Sev2:
        return u"#ef6c00"_s;
    case Severity::Sev3:
        return u"#f9a825"_s;
    case Severity::Sev4:
        return u"#607d8b"_s;
    }
    return u"#607d8b"_s;
}

ChannelMessage MattermostComposer::compose(const ComposeInput& input) const
{
    ChannelMessage message;
    message.channel = ChannelKind::Mattermost;
    message.title = input.title(ChannelKind::Mattermost, u"mattermost heading"_s);
    message.text =
        input.body(ChannelKind::Mattermost, TemplateRenderer::Escaping::MattermostMarkdown, u"mattermost"_s);
    QJsonArray fields;
    QStringList fallback{message.title};
    for (const ChatFacts::Fact& fact : ChatFacts::facts(input)) {
        // Short fields sit two to a row; the component list gets a row of its own.
        const bool isShort = fact.value.size() <= 40;
        fields << QJsonObject{{u"title"_s, fact.title},
                              {u"value"_s, TemplateRenderer::escapeMattermost(fact.value)},
                              {u"short"_s, isShort}};
        fallback << fact.title + u": "_s + fact.value;
    }
    const QJsonObject payload{
        {u"username"_s, username},
        {u"text"_s,
         QString(u"#### "_s + TemplateRenderer::escapeMattermost(message.title) + u"\n\n"_s + message.text)},
        {u"attachments"_s,
         QJsonArray{QJsonObject{
             // Notifications and old clients show the fallback.
             {u"fallback"_s, TemplateRenderer::quietMattermostMentions(fallback.join(u" · "_s))},
             {u"color"_s, color(input.incident)},
             {u"fields"_s, fields},
         }}},
    };
    message.wire = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    return message;
}

QList<ChannelLimit> MattermostComposer::limits(const ChannelMessage& message) const
{
    const QString text = QJsonDocument::fromJson(message.wire).object().value(u"text"_s).toString();
    return {{u"text"_s, tr("Post text"), tr("characters"), int(text.toUcs4().size()), postLimit, false,
             tr("a longer post arrives split into several")}};
}

} // namespace Herald
