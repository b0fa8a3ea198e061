#include "channels/chat/ChatFacts.h"

using namespace Qt::StringLiterals;

namespace Herald {

QList<ChatFacts::Fact> ChatFacts::facts(const ComposeInput& input)
{
    const Incident& incident = input.incident;
    QList<Fact> facts{{tr("Status"), incidentStatusLabel(incident.status)},
                      {tr("Severity"), severityLabel(incident.severity)}};
    QStringList affected;
    for (const AffectedComponent& component : incident.components)
        affected << tr("%1 (%2)").arg(component.name, componentImpactLabel(component.impact).toLower());
    if (!affected.isEmpty())
        facts << Fact{tr("Affected"), affected.join(u", "_s)};
    const QString next = input.context.value(u"next_update"_s).toString().trimmed();
    if (!next.isEmpty())
        facts << Fact{tr("Next update"), next};
    return facts;
}

ChatFacts::Tone ChatFacts::tone(const Incident& incident)
{
    if (isFinalStatus(incident.status))
        return Tone::Good;
    if (incident.kind == IncidentKind::Maintenance)
        return Tone::Accent;
    return incident.severity <= Severity::Sev2 ? Tone::Attention : Tone::Warning;
}

} // namespace Herald
