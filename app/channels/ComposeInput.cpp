#include "channels/ComposeInput.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Herald {

QString ComposeInput::render(const QString& source, TemplateRenderer::Escaping escaping,
                             const QString& part) const
{
    const TemplateRenderer::Result result = renderer.render(source, context, escaping);
    if (!result.ok() && problems)
        problems->append(
            TemplateProblem{messageTemplate.source, 0, 0,
                            QCoreApplication::translate("ComposeInput", "%1: %2").arg(part, result.error)});
    return result.text;
}

QString ComposeInput::title(ChannelKind channel, const QString& what) const
{
    return QString(drillMarker() +
                   render(messageTemplate.subjectFor(channel), TemplateRenderer::Escaping::None, what))
        .simplified();
}

QString ComposeInput::body(ChannelKind channel, TemplateRenderer::Escaping escaping,
                           const QString& what) const
{
    return drillMarker() + render(messageTemplate.bodyFor(channel), escaping, what);
}

QString ComposeInput::drillMarker() const
{
    return incident.drill ? u"[DRILL] "_s : QString();
}

} // namespace Herald
