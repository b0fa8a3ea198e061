#include "channels/slack/SlackComposer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

// Where the last whole code point ends within `limit` characters, backing off from an entity
// ("&amp;") that would otherwise be cut in two.
qsizetype hardCut(QStringView text, int limit)
{
    qsizetype end = 0;
    for (int counted = 0; end < text.size() && counted < limit; ++counted)
        end += text.at(end).isHighSurrogate() && end + 1 < text.size() ? 2 : 1;
    const qsizetype amp = text.first(end).lastIndexOf(u'&');
    if (amp > 0 && end - amp < 6 && !text.sliced(amp, end - amp).contains(u';'))
        end = amp;
    return std::max<qsizetype>(end, 1);
}

QStringList hardSplit(QStringView text, int limit)
{
    QStringList pieces;
    while (!text.isEmpty()) {
        const qsizetype end = hardCut(text, limit);
        pieces << text.first(end).toString();
        text = text.sliced(end);
    }
    return pieces;
}

// Packs the parts of `text` between `separators[0]` into pieces of at most `limit`; a part that
// is too long on its own is split at the next separator, and finally hard.
QStringList pack(const QString& text, QList<QString> separators, int limit)
{
    if (separators.isEmpty())
        return hardSplit(text, limit);
    const QString separator = separators.takeFirst();
    QStringList pieces;
    QString current;
    for (const QString& part : text.split(separator)) {
        if (SlackComposer::characters(part) > limit) {
            if (!current.isEmpty())
                pieces << std::exchange(current, QString());
            pieces << pack(part, separators, limit);
            continue;
        }
        const QString candidate = current.isEmpty() ? part : current + separator + part;
        if (SlackComposer::characters(candidate) <= limit) {
            current = candidate;
        } else {
            pieces << current;
            current = part;
        }
    }
    if (!current.trimmed().isEmpty())
        pieces << current;
    pieces.removeIf([](const QString& piece) { return piece.trimmed().isEmpty(); });
    return pieces;
}

} // namespace

int SlackComposer::characters(QStringView text)
{
    return int(std::count_if(text.begin(), text.end(), [](QChar c) { return !c.isLowSurrogate(); }));
}

QStringList SlackComposer::splitSections(const QString& text, int limit)
{
    return pack(text, {u"\n\n"_s, u"\n"_s, u" "_s}, limit);
}

QString SlackComposer::contextLine(const Incident& incident)
{
    QStringList parts{incidentStatusLabel(incident.status), severityLabel(incident.severity)};
    for (const AffectedComponent& component : incident.components)
        parts << component.name + u": "_s + componentImpactLabel(component.impact).toLower();
    // A mrkdwn field: a component called "<!channel>" must not notify anyone.
    return TemplateRenderer::escapeSlack(parts.join(u" · "_s));
}

ChannelMessage SlackComposer::compose(const ComposeInput& input) const
{
    ChannelMessage message;
    message.channel = ChannelKind::Slack;
    // Header blocks are plain text. Not shortened here: limits() reports a long one, so people
    // see it before approving instead of Slack cutting or refusing it.
    message.title = input.title(ChannelKind::Slack, u"slack header"_s);
    message.text = input.body(ChannelKind::Slack, TemplateRenderer::Escaping::SlackMrkdwn, u"slack"_s);
    QJsonArray blocks{
        QJsonObject{{u"type"_s, u"header"_s},
                    {u"text"_s, QJsonObject{{u"type"_s, u"plain_text"_s}, {u"text"_s, message.title}}}},
    };
    // A section holds 3,000 characters; a longer text goes on in further sections.
    for (const QString& section : splitSections(message.text))
        blocks << QJsonObject{{u"type"_s, u"section"_s},
                              {u"text"_s, QJsonObject{{u"type"_s, u"mrkdwn"_s}, {u"text"_s, section}}}};
    blocks << QJsonObject{{u"type"_s, u"context"_s},
                          {u"elements"_s, QJsonArray{QJsonObject{{u"type"_s, u"mrkdwn"_s},
                                                                 {u"text"_s, contextLine(input.incident)}}}}};
    // The top-level text is the notification, parsed as mrkdwn; the header block is plain text.
    const QJsonObject payload{{u"text"_s, TemplateRenderer::escapeSlack(message.title)},
                              {u"blocks"_s, blocks}};
    message.wire = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    return message;
}

QList<ChannelLimit> SlackComposer::limits(const ChannelMessage& message) const
{
    const QJsonObject payload = QJsonDocument::fromJson(message.wire).object();
    const QJsonArray blocks = payload.value(u"blocks"_s).toArray();
    int header = 0;
    int sections = 0;
    int longest = 0;
    for (const QJsonValue& block : blocks) {
        const QString type = block[u"type"_s].toString();
        const int length = characters(block[u"text"_s][u"text"_s].toString());
        if (type == u"header"_s)
            header = std::max(header, length);
        else if (type == u"section"_s) {
            ++sections;
            longest = std::max(longest, length);
        }
    }
    const QString chars = tr("characters");
    return {
        {u"title"_s, tr("Header"), chars, header, headerLimit, true, tr("plain text")},
        {u"section"_s, tr("Longest section"), chars, longest, sectionLimit, true,
         tr("text in %n section(s)", nullptr, sections)},
        {u"blocks"_s, tr("Blocks"), tr("blocks"), int(blocks.size()), blockLimit, true, QString()},
        {u"title-fallback"_s, tr("Notification text"), chars, characters(payload.value(u"text"_s).toString()),
         textLimit, true, tr("shown in notifications and where blocks cannot be")},
    };
}

} // namespace Herald
