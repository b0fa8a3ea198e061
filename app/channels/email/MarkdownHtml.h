#pragma once

#include <QString>

namespace Herald {

// CommonMark to HTML with md4c. Raw HTML in the source is shown as text, never passed
// through, so neither a template nor a value can inject markup; entities (as produced by HTML
// escaping of values) are decoded once and re-escaped, so nothing is escaped twice.
class MarkdownHtml {
public:
    static QString toHtml(const QString& markdown);
};

} // namespace Herald
