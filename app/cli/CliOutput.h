#pragma once

#include <QJsonDocument>
#include <QTextStream>

namespace Herald::Cli {

QTextStream& out();
QTextStream& err();
// Prints a JSON document (indented, UTF-8) and a newline to standard output.
void printJson(const QJsonDocument& document);

} // namespace Herald::Cli
