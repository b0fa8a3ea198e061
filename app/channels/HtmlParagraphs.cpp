#include "channels/HtmlParagraphs.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Herald {

QString HtmlParagraphs::fromEscaped(const QString& escapedText)
{
    static const QRegularExpression blankLines(u"\\n\\s*\\n"_s);
    QString html;
    const QStringList paragraphs = escapedText.split(blankLines, Qt::SkipEmptyParts);
    for (const QString& paragraph : paragraphs) {
        const QString trimmed = paragraph.trimmed();
        if (!trimmed.isEmpty())
            html += u"<p>"_s + QString(trimmed).replace(u'\n', u"<br>"_s) + u"</p>\n"_s;
    }
    return html;
}

} // namespace Herald
