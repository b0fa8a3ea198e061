#pragma once

#include "templating/TemplateLoops.h"
#include "templating/TemplateProblem.h"

#include <QCoreApplication>
#include <QHash>
#include <QSharedPointer>
#include <QString>
#include <QVariantHash>

#include <memory>

namespace KTextTemplate {
class Engine;
class TemplateImpl;
using Template = QSharedPointer<TemplateImpl>;
} // namespace KTextTemplate

namespace Herald {

// Renders template text (Django syntax) with KF6 TextTemplate, escaping values for the output
// format: nothing for plain-text channels, HTML entities for email and status pages, Slack's own
// three entities for mrkdwn, and backslash escapes for the Markdown of Teams and Mattermost.
// Keeps compiled templates, so one renderer belongs to one thread. Refuses what would exceed
// TemplateLimits (values, loops, output) before or while rendering, saying what and where.
class TemplateRenderer {
    Q_DECLARE_TR_FUNCTIONS(TemplateRenderer)

public:
    enum class Escaping { None, Html, SlackMrkdwn, TeamsMarkdown, MattermostMarkdown };

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
    // The Adaptive Card TextBlock subset (bold, italic, lists, links): a backslash before the
    // characters that start one. HTML is never rendered in cards, so < and & stay as they are.
    static QString escapeTeams(const QString& text);
    // Mattermost's Markdown takes a backslash before any ASCII punctuation; "@" at the start of
    // a word gets an invisible word joiner so "@channel" in a value notifies nobody.
    static QString escapeMattermost(const QString& text);
    // Only the word joiner after a word-initial "@", for Mattermost's plain-text fields.
    static QString quietMattermostMentions(const QString& text);
    static QString escape(const QString& text, Escaping escaping);

private:
    // Compiling is most of the cost of a render, and previews render the same texts on every
    // keystroke: compiled templates are kept by source text (a few hundred at most).
    struct Compiled {
        KTextTemplate::Template compiled;
        TemplateLoops::Result loops;
    };
    const Compiled& compiled(const QString& source) const;
    // Why the values or the loops over them exceed TemplateLimits, or nothing.
    static QString refusal(const QString& source, const Compiled& compiled, const QVariantHash& context);

    std::unique_ptr<KTextTemplate::Engine> m_engine;
    mutable QHash<QString, Compiled> m_compiled;
};

} // namespace Herald
