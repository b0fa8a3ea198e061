#include "templating/TemplateLoops.h"

#include "templating/TemplateLimits.h"

#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
// How often "{% range [start] stop [step] %}" repeats, or a message saying why it cannot run.
std::pair<double, QString> rangeCount(const QStringList& args)
{
    QList<double> numbers;
    static const QRegularExpression integer(u"^[+-]?\\d+$"_s);
    for (const QString& arg : args) {
        if (arg == u"as"_s)
            break;
        if (!integer.match(arg).hasMatch())
            return {0, TemplateLoops::tr("\"{% range %}\" counts in whole numbers written in the template, "
                                         "not \"%1\"")
                           .arg(arg)};
        numbers << arg.toDouble();
    }
    if (numbers.isEmpty() || numbers.size() > 3)
        return {0, TemplateLoops::tr("\"{% range %}\" takes a stop, or a start, stop and step")};
    const double start = numbers.size() > 1 ? numbers.at(0) : 0;
    const double stop = numbers.size() > 1 ? numbers.at(1) : numbers.at(0);
    const double step = numbers.size() > 2 ? numbers.at(2) : 1;
    if (step == 0)
        return {0, TemplateLoops::tr("\"{% range %}\" cannot step by 0")};
    return {std::max(0.0, std::ceil((stop - start) / step)), QString()};
}
} // namespace

TemplateLoops::Result TemplateLoops::scan(const QString& text)
{
    Result result;
    static const QRegularExpression tag(u"\\{%-?\\s*(for|range|endfor|endrange)\\b(.*?)-?%\\}"_s,
                                        QRegularExpression::DotMatchesEverythingOption);
    int depth = 0;
    QRegularExpressionMatchIterator it = tag.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString name = m.captured(1);
        const QStringList args = m.captured(2).split(u' ', Qt::SkipEmptyParts);
        const auto problem = [&](const QString& message) {
            result.problems << Problem{int(m.capturedStart()), int(m.capturedLength()), message};
        };
        if (name.startsWith(u"end"_s)) {
            depth = std::max(0, depth - 1);
            continue;
        }
        if (depth++ > 0)
            problem(tr("loops cannot be nested: this \"{% %1 %}\" is inside another loop").arg(name));
        if (name == u"range"_s) {
            const auto [count, why] = rangeCount(args);
            if (!why.isEmpty())
                problem(why);
            else if (count > double(TemplateLimits::loopCount))
                problem(tr("\"{% range %}\" would repeat %1 times; a loop repeats at most %2 times")
                            .arg(QString::number(count, 'f', 0))
                            .arg(TemplateLimits::loopCount));
            continue;
        }
        const qsizetype in = args.indexOf(u"in"_s);
        if (in >= 0 && in + 1 < args.size()) {
            static const QRegularExpression root(u"^[A-Za-z_][A-Za-z0-9_]*"_s);
            const QString walked = root.match(args.at(in + 1)).captured();
            if (!walked.isEmpty() && !result.iterated.contains(walked))
                result.iterated << walked;
        }
    }
    return result;
}

} // namespace Herald
