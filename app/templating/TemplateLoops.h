#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Herald {

// The loops of a template text. Django templates repeat as often as a number or a value says,
// so "{% range 1000000000 %}" would render until memory ran out: a range must count in numbers
// written in the template, at most TemplateLimits::loopCount times, and loops do not nest. The
// values a "{% for %}" walks are named, for the renderer to check their size.
class TemplateLoops {
    Q_DECLARE_TR_FUNCTIONS(TemplateLoops)

public:
    struct Problem {
        int offset = 0; // of the tag in the text
        int length = 0;
        QString message;
    };
    struct Result {
        QList<Problem> problems;
        QStringList iterated; // the variables "{% for x in NAME %}" walks
    };
    static Result scan(const QString& text);
};

} // namespace Herald
