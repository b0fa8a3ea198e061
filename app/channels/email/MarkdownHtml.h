#pragma once

#include <QString>
#include <QVariantHash>

namespace Herald {

// CommonMark to HTML with md4c. Raw HTML in the source is shown as text, never passed
// through, so neither a template nor a value can inject markup; entities a template writes are
// decoded once and re-escaped, so nothing is escaped twice.
class MarkdownHtml {
public:
    static QString toHtml(const QString& markdown);
    // A value as literal Markdown text: a backslash before what would format it ("*", "_",
    // "[", a "#" or "-" starting a line, ...) or start markup or an entity ("<", "&"); links
    // are left as they are, so that they still link (md4c escapes them in the HTML).
    static QString escapeValue(const QString& value);
    // Every text in a rendering context (nested lists and maps too) through escapeValue.
    static QVariantHash escapeValues(const QVariantHash& context);
};

} // namespace Herald
