#pragma once

#include "domain/MessageTemplate.h"
#include "templating/TemplateProblem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <expected>

namespace Herald {

// Reads one template file (YAML, see templates/README.md) and checks it: unknown fields and
// channel names, wrong types, duplicate variables, and every text compiled and checked for the
// variables it uses (TemplateChecker), each problem placed at its line and column in the file.
// Parsing is yaml-cpp's; this class only maps the document onto a MessageTemplate.
class TemplateParser {
    Q_DECLARE_TR_FUNCTIONS(TemplateParser)

public:
    // Every problem in the file, in the order they were found.
    static std::expected<MessageTemplate, QList<TemplateProblem>> parseAll(const QByteArray& content,
                                                                           const QString& source);
    // The first problem only.
    static std::expected<MessageTemplate, TemplateProblem> parse(const QByteArray& content,
                                                                 const QString& source);
};

} // namespace Herald
