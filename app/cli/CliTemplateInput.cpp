#include "cli/CliTemplateInput.h"

#include "templating/TemplateLibrary.h"
#include "templating/TemplateParser.h"
#include "templating/TemplateValue.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Herald::Cli {

namespace {
std::expected<MessageTemplate, QString> loadTemplate(const QString& templateArg)
{
    const bool isFile = QFileInfo(templateArg).isFile() || templateArg.endsWith(u".yaml"_s) ||
                        templateArg.endsWith(u".yml"_s);
    if (isFile) {
        QFile file(templateArg);
        if (!file.open(QIODevice::ReadOnly))
            return std::unexpected(CliTemplateInput::tr("%1: cannot read the template file: %2")
                                       .arg(templateArg, file.errorString()));
        auto parsed = TemplateParser::parse(file.readAll(), templateArg);
        if (!parsed)
            return std::unexpected(parsed.error().toString());
        return *parsed;
    }
    const TemplateLibrary library = TemplateLibrary::shipped();
    if (const MessageTemplate* found = library.find(templateArg))
        return *found;
    QStringList ids;
    for (const MessageTemplate& t : library.templates())
        ids << t.id;
    return std::unexpected(CliTemplateInput::tr("no template has the id \"%1\" and there is no such file "
                                                "(shipped: %2)")
                               .arg(templateArg, ids.join(u", "_s)));
}

std::expected<void, QString> applyIncident(const QJsonObject& object, Incident& incident, const QString& path)
{
    const auto bad = [&](const QString& what) {
        return std::unexpected(CliTemplateInput::tr("%1: \"incident\": %2").arg(path, what));
    };
    if (object.contains(u"title"_s))
        incident.title = object.value(u"title"_s).toString();
    if (object.contains(u"status"_s)) {
        const auto status = incidentStatusFromKey(object.value(u"status"_s).toString());
        if (!status)
            return bad(
                CliTemplateInput::tr("unknown status \"%1\"").arg(object.value(u"status"_s).toString()));
        incident.status = *status;
        incident.kind = statusesOf(IncidentKind::Maintenance).contains(*status) ? IncidentKind::Maintenance
                                                                                : IncidentKind::Incident;
    }
    if (object.contains(u"severity"_s)) {
        const auto severity = severityFromKey(object.value(u"severity"_s).toString());
        if (!severity)
            return bad(
                CliTemplateInput::tr("unknown severity \"%1\"").arg(object.value(u"severity"_s).toString()));
        incident.severity = *severity;
    }
    if (object.contains(u"drill"_s))
        incident.drill = object.value(u"drill"_s).toBool();
    if (object.contains(u"started_at"_s)) {
        const QDateTime at = QDateTime::fromString(object.value(u"started_at"_s).toString(), Qt::ISODate);
        if (!at.isValid())
            return bad(CliTemplateInput::tr("\"started_at\" must be an ISO 8601 date and time"));
        incident.startedAt = at;
    }
    for (const QJsonValue& value : object.value(u"components"_s).toArray()) {
        const QJsonObject component = value.toObject();
        const QString name = component.value(u"name"_s).toString();
        const auto impact =
            componentImpactFromKey(component.value(u"impact"_s).toString(u"partial_outage"_s));
        if (name.isEmpty() || !impact)
            return bad(CliTemplateInput::tr("each component needs a \"name\" and a known \"impact\""));
        incident.components << AffectedComponent{name, *impact};
    }
    return {};
}
} // namespace

std::expected<QJsonObject, QString> CliTemplateInput::readJsonObject(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(tr("%1: cannot read the file: %2").arg(path, file.errorString()));
    const QByteArray content = file.readAll();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(content, &error);
    if (error.error != QJsonParseError::NoError) {
        const QByteArray before = content.left(error.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1)).size()) + 1;
        return std::unexpected(tr("%1:%2:%3: not valid JSON: %4 (offset %5)")
                                   .arg(path)
                                   .arg(line)
                                   .arg(column)
                                   .arg(error.errorString())
                                   .arg(error.offset));
    }
    if (!document.isObject())
        return std::unexpected(tr("%1: must hold a JSON object ({...})").arg(path));
    return document.object();
}

std::expected<CliTemplateInput, QString> CliTemplateInput::load(const QString& templateArg,
                                                                const QString& varsPath)
{
    CliTemplateInput input;
    auto loaded = loadTemplate(templateArg);
    if (!loaded)
        return std::unexpected(loaded.error());
    input.messageTemplate = *loaded;

    Incident& incident = input.incident;
    incident.id = 1;
    // "Partial outage - investigating": a middle dot would put every SMS naming the incident in UCS-2.
    incident.title = input.messageTemplate.name.replace(u" \u00b7 "_s, u" - "_s);
    incident.status = input.messageTemplate.status;
    incident.kind = statusesOf(IncidentKind::Maintenance).contains(incident.status)
                        ? IncidentKind::Maintenance
                        : IncidentKind::Incident;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    incident.startedAt = QDateTime(
        now.date(), QTime(now.time().hour(), now.time().minute(), now.time().second()), QTimeZone::UTC);
    incident.createdAt = incident.startedAt;

    if (varsPath.isEmpty())
        return input;
    auto object = readJsonObject(varsPath);
    if (!object)
        return std::unexpected(object.error());
    if (object->contains(u"incident"_s)) {
        if (!object->value(u"incident"_s).isObject())
            return std::unexpected(tr("%1: \"incident\" must be an object").arg(varsPath));
        if (auto applied = applyIncident(object->value(u"incident"_s).toObject(), incident, varsPath);
            !applied)
            return std::unexpected(applied.error());
        object->remove(u"incident"_s);
    }
    // Values become text here, as in the core (TemplateValue): a list or object is refused now
    // rather than rendered as "[u'a', u'b']" into customer text.
    for (auto it = object->constBegin(); it != object->constEnd(); ++it) {
        const auto text = TemplateValue::toText(it.key(), it.value().toVariant());
        if (!text)
            return std::unexpected(tr("%1: %2").arg(varsPath, text.error()));
        input.variables.insert(it.key(), *text);
    }
    return input;
}

} // namespace Herald::Cli
