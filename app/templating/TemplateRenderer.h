#pragma once

#include "templating/TemplateProblem.h"

#include <QString>
#include <QVariantHash>

#include <memory>

namespace KTextTemplate {
class Engine;
}

namespace Herald {

// Renders template text (Django syntax) with KF6 TextTemplate, escaping values for the output
// format: nothing for plain-text channels, HTML entities for email and status pages, and
// Slack's own three entities for mrkdwn.
class TemplateRenderer {
public:
    enum class Escaping { None, Html, SlackMrkdwn };

    struct Result {
        QString text;
        QString error; // empty on success
        bool ok() const { return error.isEmpty(); }
    };

    TemplateRenderer();
    ~TemplateRenderer();
    TemplateRenderer(const TemplateRenderer&) = delete;
    TemplateRenderer& operator=(const TemplateRenderer&) = delete;

    Result render(const QString& source, const QVariantHash& context, Escaping escaping) const;
    // Slack mrkdwn needs only &, < and > escaped; anything else would show literally.
    static QString escapeSlack(const QString& text);

private:
    std::unique_ptr<KTextTemplate::Engine> m_engine;
};

} // namespace Herald
