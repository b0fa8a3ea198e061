#pragma once

#include <QtGlobal>

namespace Herald {

// What one template and one rendering may take, so that no file, value or loop can hang Herald
// or exhaust its memory (templates/README.md, "Limits"). Each limit is refused with a message
// that names the template, the place and the value.
struct TemplateLimits {
    static constexpr qsizetype fileBytes = 1024 * 1024;    // a template file
    static constexpr int variables = 500;                  // declared by a template, or given to a render
    static constexpr qsizetype valueCharacters = 100'000;  // one variable's value
    static constexpr qint64 loopCount = 1000;              // times one {% for %} or {% range %} repeats
    static constexpr qsizetype outputCharacters = 200'000; // one rendered text
};

} // namespace Herald
