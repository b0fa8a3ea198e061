#pragma once

#include <QString>

namespace Herald {

// Text that is already HTML-escaped (rendered with Escaping::Html) as <p> paragraphs: a blank
// line starts a paragraph, a single newline becomes <br>.
class HtmlParagraphs {
public:
    static QString fromEscaped(const QString& escapedText);
};

} // namespace Herald
