#include "channels/email/MarkdownHtml.h"

#include "templating/TemplateLimits.h"

#include <QVariantList>

#include <md4c-html.h>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
void append(const MD_CHAR* text, MD_SIZE size, void* userData)
{
    static_cast<QByteArray*>(userData)->append(text, size);
}

QVariant escaped(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::QString:
        // A value over the limit is refused by the renderer: escaping 10 MB would be wasted time.
        if (value.toString().size() > TemplateLimits::valueCharacters)
            return value;
        return MarkdownHtml::escapeValue(value.toString());
    case QMetaType::QVariantHash:
        return MarkdownHtml::escapeValues(value.toHash());
    case QMetaType::QVariantList: {
        QVariantList list = value.toList();
        for (QVariant& item : list)
            item = escaped(item);
        return list;
    }
    default:
        return value;
    }
}

bool startsLink(QStringView text)
{
    return text.startsWith(u"https://"_s, Qt::CaseInsensitive) ||
           text.startsWith(u"http://"_s, Qt::CaseInsensitive);
}
} // namespace

QString MarkdownHtml::escapeValue(const QString& value)
{
    // Inline markers everywhere; block markers (headings, quotes, lists, setext and thematic
    // lines) only where a line starts, after its indentation.
    static constexpr QStringView inlineMarks = u"\\`*_[]~|&<>";
    static constexpr QStringView blockMarks = u"#>-+=";
    QString out;
    out.reserve(value.size() + 8);
    bool lineStart = true;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (startsLink(QStringView(value).sliced(i)) && (i == 0 || !value.at(i - 1).isLetterOrNumber())) {
            qsizetype end = i;
            while (end < value.size() && !value.at(end).isSpace())
                ++end;
            out += QStringView(value).sliced(i, end - i);
            i = end - 1;
            lineStart = false;
            continue;
        }
        if (inlineMarks.contains(c) || (lineStart && blockMarks.contains(c)))
            out += u'\\';
        else if (lineStart && c.isDigit()) {
            // "12. " or "12) " starting a line is a list item
            qsizetype end = i;
            while (end < value.size() && value.at(end).isDigit())
                ++end;
            out += QStringView(value).sliced(i, end - i);
            if (end < value.size() && (value.at(end) == u'.' || value.at(end) == u')'))
                out += u'\\';
            i = end - 1;
            lineStart = false;
            continue;
        }
        out += c;
        lineStart = c == u'\n' || (lineStart && (c == u' ' || c == u'\t'));
    }
    return out;
}

QVariantHash MarkdownHtml::escapeValues(const QVariantHash& context)
{
    QVariantHash out;
    for (auto it = context.cbegin(); it != context.cend(); ++it)
        out.insert(it.key(), escaped(it.value()));
    return out;
}

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
