#include "cli/CliOutput.h"

namespace Herald::Cli {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

void printJson(const QJsonDocument& document)
{
    out() << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    out().flush();
}

} // namespace Herald::Cli
