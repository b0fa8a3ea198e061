#pragma once

#include "domain/Incident.h"
#include "domain/MessageTemplate.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QVariantMap>

#include <expected>

namespace Herald::Cli {

// What `render` and `lint --template` compose: a template, its values and a sample incident.
//
// templateArg is a shipped template id ("partial-outage-identified") or the path of a template
// file (YAML; anything that exists as a file or ends in .yaml/.yml is read as one).
// varsPath is a JSON object of variable values ({"service": "the Payments API", ...}); an empty
// path means no values. Numbers and true/false are taken as text; a list or an object is
// refused, naming the variable. Its optional "incident" member describes the sample incident instead of
// being a variable: {"title": "...", "status": "identified", "severity": "sev2", "drill": false,
// "started_at": "2026-11-26T13:16:07Z", "components": [{"name": "Payments API",
// "impact": "partial_outage"}]}. Without it the incident is titled with the template's name
// (" · " written " - ", so SMS naming it stay GSM-7), has the template's status, severity sev3,
// starts now and has no components.
//
// Errors are one line for people: "vars.json:3:14: ..." for JSON that does not parse, the
// template's "file:line:column: ..." problem, or the unknown id with the shipped ones listed.
struct CliTemplateInput {
    Q_DECLARE_TR_FUNCTIONS(CliTemplateInput)

public:
    MessageTemplate messageTemplate;
    QVariantMap variables;
    Incident incident;

    static std::expected<CliTemplateInput, QString> load(const QString& templateArg, const QString& varsPath);
    // A JSON object read from a file, or "path:line:column: what is wrong" (also used for --settings).
    static std::expected<QJsonObject, QString> readJsonObject(const QString& path);
};

} // namespace Herald::Cli
