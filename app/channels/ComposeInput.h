#pragma once

#include "domain/Incident.h"
#include "domain/MessageTemplate.h"
#include "templating/TemplateProblem.h"
#include "templating/TemplateRenderer.h"

#include <QList>
#include <QVariantHash>

namespace Herald {

// What every channel composer gets: the template, the incident, the filled-in variables as a
// rendering context, and a place to report problems.
struct ComposeInput {
    const MessageTemplate& messageTemplate;
    const Incident& incident;
    QVariantHash context;
    const TemplateRenderer& renderer;
    QList<TemplateProblem>* problems;

    // Renders one piece of the template; problems are reported against the template's source.
    QString render(const QString& source, TemplateRenderer::Escaping escaping, const QString& part) const;
    // The channel's title (its subject, else the template's), drill-marked, on one line; `what`
    // names it in problems ("email subject").
    QString title(ChannelKind channel, const QString& what) const;
    // The channel's text (its own, its group's, else the base body), drill-marked.
    QString body(ChannelKind channel, TemplateRenderer::Escaping escaping, const QString& what) const;
    // "[DRILL] " on rehearsals, so nobody mistakes one for a real incident.
    QString drillMarker() const;
};

} // namespace Herald
