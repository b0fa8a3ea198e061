#include "channels/supportmacro/SupportMacroComposer.h"

#include "channels/HtmlParagraphs.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Herald {

ChannelMessage SupportMacroComposer::compose(const ComposeInput& input) const
{
    ChannelMessage message;
    message.channel = ChannelKind::SupportMacro;
    message.title = QString(input.drillMarker() +
                            input.render(input.messageTemplate.subjectFor(ChannelKind::SupportMacro),
                                         TemplateRenderer::Escaping::None, u"support macro title"_s))
                        .simplified();
    const QString body = input.messageTemplate.bodyFor(ChannelKind::SupportMacro);
    const QString plain = input.render(body, TemplateRenderer::Escaping::None, u"support macro"_s).trimmed();
    const QString escaped =
        input.render(body, TemplateRenderer::Escaping::Html, u"support macro"_s).trimmed();

    // A template's own greeting ("Hello,", "Hi Anna,") and thanks are kept, not doubled.
    const QString greeting = hasGreeting(plain) ? QString() : tr("Hello,");
    const QString thanks = plain.contains(tr("Thank you"), Qt::CaseInsensitive)
                               ? QString()
                               : tr("Thank you for your patience while we work on this.");
    // The next update time, unless the update already says it.
    const QString next = input.context.value(u"next_update"_s).toString().trimmed();
    const QString nextLine =
        next.isEmpty() || plain.contains(next) ? QString() : tr("Our next update: %1").arg(next);

    QStringList text;
    QStringList html;
    if (greeting.isEmpty()) {
        text << input.drillMarker() + plain;
        html << input.drillMarker().toHtmlEscaped() + escaped;
    } else {
        text << input.drillMarker() + greeting << plain;
        html << QString(input.drillMarker() + greeting).toHtmlEscaped() << escaped;
    }
    for (const QString& line : {nextLine, thanks}) {
        if (line.isEmpty())
            continue;
        text << line;
        html << line.toHtmlEscaped();
    }
    message.text = text.join(u"\n\n"_s);
    message.html = HtmlParagraphs::fromEscaped(html.join(u"\n\n"_s));
    return message;
}

bool SupportMacroComposer::hasGreeting(const QString& reply)
{
    // A short first line ending in a comma is a salutation in the languages Herald ships.
    const QString first = reply.section(u'\n', 0, 0).trimmed();
    return !first.isEmpty() && first.size() <= maxGreeting && first.endsWith(u',');
}

int SupportMacroComposer::words(const QString& text)
{
    static const QRegularExpression word(u"\\S+"_s);
    int count = 0;
    for (auto it = word.globalMatch(text); it.hasNext(); it.next())
        ++count;
    return count;
}

QList<ChannelLimit> SupportMacroComposer::limits(const ChannelMessage& message) const
{
    return {ChannelLimit{u"words"_s, tr("Reply"), tr("words"), words(message.text), 0, false,
                         tr("no limit; short replies get read")}};
}

} // namespace Herald
