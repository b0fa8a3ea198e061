#pragma once

#include "domain/MessageTemplate.h"
#include "templating/TemplateProblem.h"

#include <QByteArray>
#include <QCoreApplication>

#include <expected>

namespace Herald {

// Reads one template file (YAML, see templates/README.md) and checks it. Parsing is
// yaml-cpp's; this class only maps the document onto a MessageTemplate.
class TemplateParser {
    Q_DECLARE_TR_FUNCTIONS(TemplateParser)

public:
    static std::expected<MessageTemplate, TemplateProblem> parse(const QByteArray& content,
                                                                 const QString& source);
};

} // namespace Herald
