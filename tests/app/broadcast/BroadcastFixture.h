#pragma once

#include "channels/ChannelComposer.h"
#include "channels/UpdateComposer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace Herald::Test {

// One incident, one template and a renderer: what every broadcast composer test composes from.
struct BroadcastFixture {
    MessageTemplate messageTemplate;
    Incident incident;
    QVariantMap values;
    TemplateRenderer renderer;
    QList<TemplateProblem> problems;

    BroadcastFixture()
    {
        using namespace Qt::StringLiterals;
        messageTemplate.id = u"test"_s;
        messageTemplate.source = u"test.yaml"_s;
        messageTemplate.status = IncidentStatus::Identified;
        messageTemplate.variables = {
            {u"service"_s,
             TemplateVariable::Type::Text,
             u"Service"_s,
             {},
             true,
             {},
             u"the Payments API"_s,
             {}},
            {u"next_update"_s,
             TemplateVariable::Type::Time,
             u"Next update"_s,
             {},
             true,
             {},
             u"15:30 UTC"_s,
             {}},
            {u"status_url"_s, TemplateVariable::Type::Url, u"Status page"_s, {}, false, {}, {}, {}},
        };
        messageTemplate.subject = u"Identified: problems with {{ service }}"_s;
        messageTemplate.body = u"We found why {{ service }} fails.\n\nRetry after a minute. "
                               u"We will post the next update by {{ next_update }}."_s;
        incident.id = 42;
        incident.title = u"Payments API partial outage"_s;
        incident.severity = Severity::Sev2;
        incident.status = IncidentStatus::Identified;
        incident.startedAt = QDateTime(QDate(2026, 11, 26), QTime(11, 58), QTimeZone::UTC);
        incident.components = {{u"Payments API"_s, ComponentImpact::PartialOutage},
                               {u"Checkout"_s, ComponentImpact::DegradedPerformance}};
        values = {{u"service"_s, u"the Payments API"_s}, {u"next_update"_s, u"15:30 UTC"_s}};
    }

    ChannelMessage compose(const ChannelComposer& composer)
    {
        problems.clear();
        const ComposeInput input{messageTemplate, incident, UpdateComposer::contextFor(incident, values),
                                 renderer, &problems};
        return composer.compose(input);
    }

    static QJsonObject json(const QByteArray& wire)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(wire, &error);
        return error.error == QJsonParseError::NoError ? document.object() : QJsonObject();
    }

    static const ChannelLimit* limit(const QList<ChannelLimit>& limits, const QString& part)
    {
        for (const ChannelLimit& l : limits)
            if (l.part == part)
                return &l;
        return nullptr;
    }
};

} // namespace Herald::Test
