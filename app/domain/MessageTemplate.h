#pragma once

#include "domain/Audience.h"
#include "domain/ChannelKind.h"
#include "domain/IncidentStatus.h"
#include "domain/TemplateVariable.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Herald {

// A scenario's message, written once with variables and rendered for every channel.
struct MessageTemplate {
    QString id; // stable, e.g. "partial-outage-investigating"
    int version = 1;
    QString name;
    QString scenario;
    Audience audience = Audience::External;
    IncidentStatus status = IncidentStatus::Investigating;
    QString locale = QStringLiteral("en");
    QString source; // where it came from, for messages: a file path or "database"
    QList<TemplateVariable> variables;
    QString subject; // email subject, slack header, push title
    QString body;    // the base body every channel falls back to
    QHash<ChannelKind, QString> channelBodies;

    QString bodyFor(ChannelKind channel) const { return channelBodies.value(channel, body); }
    const TemplateVariable* variable(const QString& name) const
    {
        for (const auto& v : variables)
            if (v.name == name)
                return &v;
        return nullptr;
    }
};

} // namespace Herald
