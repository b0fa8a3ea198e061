#include "channels/email/MarkdownHtml.h"

#include <md4c-html.h>

namespace Herald {

namespace {
void append(const MD_CHAR* text, MD_SIZE size, void* userData)
{
    static_cast<QByteArray*>(userData)->append(text, size);
}
} // namespace

QString MarkdownHtml::toHtml(const QString& markdown)
{
    const QByteArray source = markdown.toUtf8();
    QByteArray html;
    html.reserve(source.size() * 5 / 4 + 64);
    // Strikethrough, tables and permissive autolinks as mail readers expect; no raw HTML.
    const unsigned parserFlags = MD_DIALECT_GITHUB | MD_FLAG_NOHTML;
    md_html(source.constData(), MD_SIZE(source.size()), append, &html, parserFlags, 0);
    return QString::fromUtf8(html);
}

} // namespace Herald
