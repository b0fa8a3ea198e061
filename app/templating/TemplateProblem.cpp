#include "templating/TemplateProblem.h"

using namespace Qt::StringLiterals;

namespace Herald {

QString TemplateProblem::toString() const
{
    QString where = source;
    if (line > 0)
        where += u':' + QString::number(line);
    if (line > 0 && column > 0)
        where += u':' + QString::number(column);
    return where.isEmpty() ? message : where + u": "_s + message;
}

} // namespace Herald
