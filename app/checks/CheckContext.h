#pragma once

#include "channels/ComposedUpdate.h"
#include "domain/ComponentImpact.h"
#include "domain/IncidentStatus.h"

#include <QString>

#include <optional>

namespace Herald {

class UpdateComposer;

// What a rule may look at: the rendered update (empty when checking plain text), the incident's
// status and components when known, the composer for channel limits, and the language of the text.
struct CheckContext {
    const ComposedUpdate& update;
    std::optional<IncidentStatus> status;
    QList<AffectedComponent> components; // the incident's, for the consistency check
    const UpdateComposer* composer = nullptr;
    QString locale = QStringLiteral("en");

    bool isEnglish() const { return locale.isEmpty() || locale.startsWith(QLatin1StringView("en")); }
};

} // namespace Herald
