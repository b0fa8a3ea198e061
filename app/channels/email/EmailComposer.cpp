#include "channels/email/EmailComposer.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Herald {

ChannelMessage EmailComposer::compose(const ComposeInput& input) const
{
    ChannelMessage message;
    message.channel = ChannelKind::Email;
    message.title =
        input.drillMarker() +
        input.render(input.messageTemplate.subject, TemplateRenderer::Escaping::None, u"email subject"_s)
            .simplified();
    message.text = input.drillMarker() + input.render(input.messageTemplate.bodyFor(ChannelKind::Email),
                                                      TemplateRenderer::Escaping::None, u"email"_s);
    message.html = htmlFromPlainText(message.text);
    return message;
}

QString EmailComposer::htmlFromPlainText(const QString& text)
{
    static const QRegularExpression blankLines(u"\\n\\s*\\n"_s);
    QString html;
    const QStringList paragraphs = text.split(blankLines, Qt::SkipEmptyParts);
    for (const QString& paragraph : paragraphs)
        html += u"<p>"_s + paragraph.trimmed().toHtmlEscaped().replace(u'\n', u"<br>"_s) + u"</p>\n"_s;
    return html;
}

} // namespace Herald
