#include "channels/email/EmailComposer.h"

#include "channels/email/MarkdownHtml.h"
#include "channels/email/Rfc2047.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Herald {

ChannelMessage EmailComposer::compose(const ComposeInput& input) const
{
    ChannelMessage message;
    message.channel = ChannelKind::Email;
    // simplified() turns CR, LF and tabs into spaces: a subject can never start a new header.
    message.title = input.title(ChannelKind::Email, u"email subject"_s);
    const QString body = input.messageTemplate.bodyFor(ChannelKind::Email);
    message.text = input.drillMarker() + input.render(body, TemplateRenderer::Escaping::None, u"email"_s);
    // Values are literal text in both parts: Markdown-escaped ("*now*" and "<b>" stay as typed,
    // a link still links) before md4c sees them, and md4c shows raw HTML as text.
    const ComposeInput literalValues{input.messageTemplate, input.incident,
                                     MarkdownHtml::escapeValues(input.context), input.renderer,
                                     input.problems};
    message.html = MarkdownHtml::toHtml(
        input.drillMarker() + literalValues.render(body, TemplateRenderer::Escaping::None, u"email"_s));
    const QJsonObject wire{
        {u"subject"_s, message.title},
        {u"encoded_subject"_s, QString::fromLatin1(Rfc2047::encode(message.title, subjectPrefix))},
        {u"content_type"_s, u"multipart/alternative"_s},
        // The bodies themselves: the outbox row is all the sender gets.
        {u"parts"_s, QJsonArray{QJsonObject{{u"content_type"_s, u"text/plain; charset=utf-8"_s},
                                            {u"bytes"_s, message.text.toUtf8().size()},
                                            {u"body"_s, message.text}},
                                QJsonObject{{u"content_type"_s, u"text/html; charset=utf-8"_s},
                                            {u"bytes"_s, message.html.toUtf8().size()},
                                            {u"body"_s, message.html}}}},
    };
    message.wire = QJsonDocument(wire).toJson(QJsonDocument::Compact);
    return message;
}

QList<ChannelLimit> EmailComposer::limits(const ChannelMessage& message) const
{
    qsizetype longestLine = 0;
    const QByteArray encoded = Rfc2047::encode(message.title, subjectPrefix);
    const QList<QByteArray> lines = encoded.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i)
        longestLine = qMax(longestLine, lines.at(i).size() - (lines.at(i).endsWith('\r') ? 1 : 0) +
                                            (i == 0 ? subjectPrefix : 0));
    return {
        ChannelLimit{u"title"_s, tr("Subject"), tr("characters"), int(message.title.size()), subjectAdvice,
                     false, tr("phones show about the first %1").arg(subjectAdvice)},
        ChannelLimit{u"title-line"_s, tr("Subject line"), tr("octets"), int(longestLine), maxLineOctets, true,
                     Rfc2047::needsEncoding(message.title) ? tr("RFC 2047 encoded") : tr("ASCII")},
    };
}

} // namespace Herald
