#pragma once

#include <QString>

namespace Herald {

// A problem in a template, located so a person can find it: "file:line:column: what is wrong".
struct TemplateProblem {
    QString source;
    int line = 0;   // 1-based; 0 when unknown
    int column = 0; // 1-based; 0 when unknown
    QString message;
    int length = 0; // characters from line:column the problem covers, for underlining; 0 when unknown

    QString toString() const;
};

} // namespace Herald
