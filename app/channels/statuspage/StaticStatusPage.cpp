#include "channels/statuspage/StaticStatusPage.h"

#include "channels/HtmlParagraphs.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>
#include <QXmlStreamWriter>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
// Feed and entry ids are name-based UUIDs under this namespace: stable across rebuilds.
const QUuid feedNamespace = QUuid::fromString(u"6f1b3c52-5a0e-4c8e-9d57-2f4a0b8c1e93"_s);

bool isFinal(const QString& status)
{
    return status == u"resolved"_s || status == u"completed"_s;
}

bool isMaintenanceStatus(const QString& status)
{
    return status == u"scheduled"_s || status == u"in_progress"_s || status == u"verifying"_s ||
           status == u"completed"_s;
}

// Worse impact, higher rank; the ranks of incident impacts line up with them.
int rank(ComponentImpact impact)
{
    switch (impact) {
    case ComponentImpact::Operational:
        return 0;
    case ComponentImpact::UnderMaintenance:
        return 1;
    case ComponentImpact::DegradedPerformance:
        return 2;
    case ComponentImpact::PartialOutage:
        return 3;
    case ComponentImpact::MajorOutage:
        return 4;
    }
    return 0;
}

int rank(const QString& incidentImpact)
{
    static const QHash<QString, int> ranks{
        {u"none"_s, 0}, {u"maintenance"_s, 1}, {u"minor"_s, 2}, {u"major"_s, 3}, {u"critical"_s, 4}};
    return ranks.value(incidentImpact, 0);
}

const QStringList indicators = {u"none"_s, u"maintenance"_s, u"minor"_s, u"major"_s, u"critical"_s};

// XML 1.0 allows neither most control characters nor lone surrogates; hostile or pasted text
// may hold them, and one would make the whole feed unreadable.
QString xmlSafe(const QString& text)
{
    QString safe;
    safe.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            safe += c;
            safe += text.at(++i);
        } else if (c.isSurrogate() || c == QChar(0xFFFE) || c == QChar(0xFFFF) ||
                   (c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r')) {
            safe += QChar(QChar::ReplacementCharacter);
        } else {
            safe += c;
        }
    }
    return safe;
}

QString escaped(const QString& text)
{
    return xmlSafe(text).toHtmlEscaped();
}

QString iso(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString isoSeconds(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QString forPeople(const QDateTime& time)
{
    return time.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s);
}

QString htmlTime(const QDateTime& time)
{
    return u"<time datetime=\"%1\">%2</time>"_s.arg(isoSeconds(time), forPeople(time));
}

// Component ids are made from their names, so they stay the same on every rebuild.
QString componentId(const QString& name)
{
    return QString::fromLatin1(
        QUuid::createUuidV5(feedNamespace, u"component:"_s + name).toRfc4122().toHex().left(12));
}

QString statusLabel(const QString& status)
{
    if (const auto value = incidentStatusFromKey(status))
        return incidentStatusLabel(*value);
    return status;
}

const char* const css = R"(
:root { color-scheme: light; --ok: #1b6e3a; --minor: #7a5200; --major: #a03a00; --critical: #b00020; --maint: #1f4f99; }
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1a1a; background: #fff; margin: 0; }
header, main, footer { max-width: 46rem; margin: 0 auto; padding: 1rem 1.25rem; }
h1 { font-size: 1.6rem; margin: 0.5rem 0; }
h2 { font-size: 1.25rem; border-bottom: 1px solid #ccc; padding-bottom: 0.25rem; margin-top: 2rem; }
h3 { font-size: 1.1rem; margin: 1rem 0 0.25rem; }
.overall { font-size: 1.2rem; font-weight: 600; padding: 0.75rem 1rem; border-left: 0.5rem solid var(--ok); background: #f3f6f4; }
.indicator-minor { border-color: var(--minor); } .indicator-major { border-color: var(--major); }
.indicator-critical { border-color: var(--critical); } .indicator-maintenance { border-color: var(--maint); }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 0.4rem 0.5rem; border-bottom: 1px solid #e2e2e2; }
td.operational { color: var(--ok); } td.degraded_performance { color: var(--minor); }
td.partial_outage { color: var(--major); } td.major_outage { color: var(--critical); } td.under_maintenance { color: var(--maint); }
.meta { color: #4a4a4a; margin: 0; }
ol.updates { list-style: none; padding: 0; } ol.updates > li { border-left: 3px solid #ddd; padding-left: 0.75rem; margin: 0.75rem 0; }
a { color: #0b57d0; } a:focus { outline: 3px solid #0b57d0; outline-offset: 2px; }
)";
} // namespace

bool StaticStatusPage::IncidentView::isOver() const
{
    return isFinal(latest().status);
}

bool StaticStatusPage::IncidentView::isActive() const
{
    // Maintenance that has not started yet does not change anything's status.
    return !isOver() && latest().status != u"scheduled"_s;
}

StaticStatusPage::StaticStatusPage(Page page, const StatusHistory& history, const QDateTime& generatedAt)
    : m_page(std::move(page))
    , m_generatedAt(generatedAt)
{
    QHash<qint64, const Incident*> incidents;
    for (const Incident& incident : history.incidents)
        incidents.insert(incident.id, &incident);
    QHash<qint64, qsizetype> position;
    for (const Delivery& delivery : history.updates) {
        const Update update = parse(delivery, incidents.value(delivery.incidentId));
        if (!position.contains(update.incidentId)) {
            position.insert(update.incidentId, m_incidents.size());
            IncidentView view;
            view.id = update.incidentId;
            const Incident* incident = incidents.value(update.incidentId);
            view.maintenance = incident && incident->kind == IncidentKind::Maintenance;
            m_incidents << view;
        }
        IncidentView& view = m_incidents[position.value(update.incidentId)];
        view.updates << update;
        view.maintenance =
            view.maintenance || update.impact == u"maintenance"_s || isMaintenanceStatus(update.status);
    }
    for (IncidentView& view : m_incidents)
        std::stable_sort(view.updates.begin(), view.updates.end(),
                         [](const Update& a, const Update& b) { return a.at < b.at; });
    std::stable_sort(
        m_incidents.begin(), m_incidents.end(),
        [](const IncidentView& a, const IncidentView& b) { return a.latest().at > b.latest().at; });

    // Every component ever mentioned stays on the page; its status is the worst that an
    // ongoing incident's latest update gives it, operational otherwise.
    QHash<QString, qsizetype> index;
    for (auto it = m_incidents.crbegin(); it != m_incidents.crend(); ++it)
        for (const Update& update : it->updates)
            for (const AffectedComponent& component : update.components) {
                if (!index.contains(component.name)) {
                    index.insert(component.name, m_components.size());
                    m_components << ComponentView{component.name, ComponentImpact::Operational, update.at,
                                                  update.at};
                }
                ComponentView& view = m_components[index.value(component.name)];
                view.updated = std::max(view.updated, update.at);
            }
    for (const IncidentView& incident : std::as_const(m_incidents)) {
        if (!incident.isActive())
            continue;
        for (const AffectedComponent& component : incident.latest().components) {
            ComponentView& view = m_components[index.value(component.name)];
            if (rank(component.impact) > rank(view.impact))
                view.impact = component.impact;
        }
    }
}

StaticStatusPage::Update StaticStatusPage::parse(const Delivery& delivery, const Incident* incident) const
{
    Update update;
    update.deliveryId = delivery.id;
    update.key = delivery.idempotencyKey;
    update.incidentId = delivery.incidentId;
    update.at = delivery.updatedAt.isValid() ? delivery.updatedAt : m_generatedAt;
    if (incident) {
        update.name = incident->title;
        update.status = incidentStatusKey(incident->status);
    }
    // The payload is the approved Statuspage-style incident (StatusPageComposer); plain text
    // from elsewhere is taken as the body.
    const QJsonObject json =
        QJsonDocument::fromJson(delivery.payload).object().value(u"incident"_s).toObject();
    if (json.isEmpty()) {
        update.body = QString::fromUtf8(delivery.payload);
        update.impact = u"none"_s;
        return update;
    }
    update.name = json.value(u"name"_s).toString(update.name);
    update.status = json.value(u"status"_s).toString(update.status);
    update.impact = json.value(u"impact_override"_s).toString(u"none"_s);
    update.body = json.value(u"body"_s).toString();
    const QJsonObject components = json.value(u"components"_s).toObject();
    for (auto it = components.begin(); it != components.end(); ++it)
        update.components << AffectedComponent{
            it.key(), componentImpactFromKey(it->toString()).value_or(ComponentImpact::Operational)};
    return update;
}

QString StaticStatusPage::overallIndicator() const
{
    int worst = 0;
    for (const ComponentView& component : m_components)
        worst = std::max(worst, rank(component.impact));
    for (const IncidentView& incident : m_incidents)
        if (incident.isActive())
            worst = std::max(worst, rank(incident.maintenance ? u"maintenance"_s : incident.latest().impact));
    return indicators.at(worst);
}

QString StaticStatusPage::headline(const QString& indicator, bool translated) const
{
    // summary.json keeps Statuspage's own English wording; the page speaks the reader's language.
    static const QHash<QString, const char*> words{
        {u"none"_s, QT_TR_NOOP("All Systems Operational")},
        {u"maintenance"_s, QT_TR_NOOP("Service Under Maintenance")},
        {u"minor"_s, QT_TR_NOOP("Minor Service Outage")},
        {u"major"_s, QT_TR_NOOP("Partial System Outage")},
        {u"critical"_s, QT_TR_NOOP("Major System Outage")},
    };
    const char* text = words.value(indicator, words.value(u"none"_s));
    return translated ? tr(text) : QString::fromLatin1(text);
}

QDateTime StaticStatusPage::updatedAt() const
{
    return m_incidents.isEmpty() ? m_generatedAt : m_incidents.first().latest().at;
}

QList<StaticStatusPage::File> StaticStatusPage::files() const
{
    return {
        {u"summary.json"_s, "application/json; charset=utf-8", summaryJson()},
        {u"history.atom"_s, "application/atom+xml; charset=utf-8", atom()},
        {u"index.html"_s, "text/html; charset=utf-8", html()},
    };
}

QByteArray StaticStatusPage::summaryJson() const
{
    const QJsonObject page{{u"id"_s, m_page.id},
                           {u"name"_s, m_page.name},
                           {u"url"_s, m_page.url},
                           {u"time_zone"_s, u"Etc/UTC"_s},
                           {u"updated_at"_s, iso(updatedAt())}};
    const QString indicator = overallIndicator();
    QJsonArray components;
    int positionNumber = 0;
    for (const ComponentView& component : m_components)
        components << QJsonObject{{u"id"_s, componentId(component.name)},
                                  {u"name"_s, component.name},
                                  {u"status"_s, componentImpactKey(component.impact)},
                                  {u"created_at"_s, iso(component.since)},
                                  {u"updated_at"_s, iso(component.updated)},
                                  {u"position"_s, ++positionNumber},
                                  {u"description"_s, QJsonValue::Null},
                                  {u"showcase"_s, true},
                                  {u"start_date"_s, QJsonValue::Null},
                                  {u"group_id"_s, QJsonValue::Null},
                                  {u"page_id"_s, m_page.id},
                                  {u"group"_s, false},
                                  {u"only_show_if_degraded"_s, false}};
    QJsonArray incidents;
    QJsonArray maintenances;
    for (const IncidentView& incident : m_incidents) {
        if (incident.isOver())
            continue; // summary.json lists unresolved incidents and upcoming or active maintenance
        const QString id = u"incident-%1"_s.arg(incident.id);
        QJsonArray updates;
        for (auto it = incident.updates.crbegin(); it != incident.updates.crend(); ++it)
            updates << QJsonObject{{u"id"_s, u"update-%1"_s.arg(it->deliveryId)},
                                   {u"incident_id"_s, id},
                                   {u"status"_s, it->status},
                                   {u"body"_s, it->body},
                                   {u"created_at"_s, iso(it->at)},
                                   {u"updated_at"_s, iso(it->at)},
                                   {u"display_at"_s, iso(it->at)}};
        QJsonValue monitoringAt = QJsonValue::Null;
        for (const Update& update : incident.updates)
            if (update.status == u"monitoring"_s) {
                monitoringAt = iso(update.at);
                break;
            }
        QJsonObject object{{u"id"_s, id},
                           {u"name"_s, incident.latest().name},
                           {u"status"_s, incident.latest().status},
                           {u"impact"_s, incident.latest().impact},
                           {u"created_at"_s, iso(incident.updates.first().at)},
                           {u"started_at"_s, iso(incident.updates.first().at)},
                           {u"updated_at"_s, iso(incident.latest().at)},
                           {u"monitoring_at"_s, monitoringAt},
                           {u"resolved_at"_s, QJsonValue::Null},
                           {u"shortlink"_s, m_page.url},
                           {u"page_id"_s, m_page.id},
                           {u"incident_updates"_s, updates}};
        if (incident.maintenance) {
            object.insert(u"scheduled_for"_s, QJsonValue::Null);
            object.insert(u"scheduled_until"_s, QJsonValue::Null);
            maintenances << object;
        } else {
            incidents << object;
        }
    }
    QJsonObject summary{{u"page"_s, page},
                        {u"status"_s, QJsonObject{{u"indicator"_s, indicator},
                                                  {u"description"_s, headline(indicator, false)}}},
                        {u"components"_s, components},
                        {u"incidents"_s, incidents},
                        {u"scheduled_maintenances"_s, maintenances}};
    if (!m_page.chainHead.isEmpty()) // Herald's own, beside Statuspage's keys
        summary.insert(u"chain_head"_s, QJsonObject{{u"sequence"_s, m_page.chainHead.sequence},
                                                    {u"hash"_s, QString::fromLatin1(m_page.chainHead.hash)}});
    return QJsonDocument(summary).toJson(QJsonDocument::Indented);
}

QByteArray StaticStatusPage::atom() const
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(u"http://www.w3.org/2005/Atom"_s);
    xml.writeStartElement(u"feed"_s);
    xml.writeTextElement(u"id"_s, QUuid::createUuidV5(feedNamespace, u"page:"_s + m_page.id)
                                      .toString(QUuid::WithoutBraces)
                                      .prepend(u"urn:uuid:"_s));
    xml.writeTextElement(u"title"_s, xmlSafe(tr("%1 status history").arg(m_page.name)));
    xml.writeTextElement(u"updated"_s, isoSeconds(updatedAt()));
    xml.writeStartElement(u"author"_s);
    xml.writeTextElement(u"name"_s, xmlSafe(m_page.name));
    xml.writeEndElement();
    if (!m_page.url.isEmpty()) {
        const QString base = m_page.url.endsWith(u'/') ? m_page.url : m_page.url + u'/';
        xml.writeEmptyElement(u"link"_s);
        xml.writeAttribute(u"rel"_s, u"self"_s);
        xml.writeAttribute(u"href"_s, base + u"history.atom"_s);
        xml.writeEmptyElement(u"link"_s);
        xml.writeAttribute(u"rel"_s, u"alternate"_s);
        xml.writeAttribute(u"href"_s, base);
    }
    QList<Update> all;
    for (const IncidentView& incident : m_incidents)
        all << incident.updates;
    std::stable_sort(all.begin(), all.end(), [](const Update& a, const Update& b) { return a.at > b.at; });
    for (const Update& update : std::as_const(all)) {
        xml.writeStartElement(u"entry"_s);
        // The delivery's key is stable and unique for this update at this page.
        xml.writeTextElement(u"id"_s, QUuid::createUuidV5(feedNamespace, m_page.id + u'/' + update.key)
                                          .toString(QUuid::WithoutBraces)
                                          .prepend(u"urn:uuid:"_s));
        xml.writeTextElement(u"title"_s, xmlSafe(u"%1: %2"_s.arg(update.name, statusLabel(update.status))));
        xml.writeTextElement(u"published"_s, isoSeconds(update.at));
        xml.writeTextElement(u"updated"_s, isoSeconds(update.at));
        xml.writeStartElement(u"content"_s);
        xml.writeAttribute(u"type"_s, u"text"_s);
        xml.writeCharacters(xmlSafe(update.body));
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QString StaticStatusPage::htmlUpdate(const Update& update, int level) const
{
    return u"<h%1>%2</h%1>\n<p class=\"meta\"><strong>%3</strong> · %4</p>\n%5"_s.arg(level).arg(
        escaped(update.name), escaped(statusLabel(update.status)), htmlTime(update.at),
        HtmlParagraphs::fromEscaped(escaped(update.body)));
}

QByteArray StaticStatusPage::html() const
{
    const QString indicator = overallIndicator();
    const QString name = escaped(m_page.name);
    QString html;
    html += u"<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"_s.arg(
        tr("en", "the page's language code"));
    html += u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"_s;
    html += u"<title>%1</title>\n"_s.arg(tr("%1 status").arg(name));
    html +=
        u"<link rel=\"alternate\" type=\"application/atom+xml\" href=\"history.atom\" title=\"%1\">\n"_s.arg(
            tr("Status history feed"));
    html += u"<style>"_s + QString::fromUtf8(css) + u"</style>\n</head>\n<body>\n"_s;
    html += u"<header>\n<h1>%1</h1>\n"_s.arg(tr("%1 status").arg(name));
    html += u"<p class=\"overall indicator-%1\" role=\"status\">%2</p>\n"_s.arg(
        indicator, headline(indicator, true).toHtmlEscaped());
    html += u"<p class=\"meta\">%1</p>\n</header>\n<main>\n"_s.arg(
        tr("Last updated %1").arg(htmlTime(updatedAt())));

    html += u"<section aria-labelledby=\"components\">\n<h2 id=\"components\">%1</h2>\n"_s.arg(
        tr("Current status"));
    if (m_components.isEmpty()) {
        html += u"<p>%1</p>\n"_s.arg(tr("No component has been reported affected."));
    } else {
        html +=
            u"<table>\n<thead><tr><th scope=\"col\">%1</th><th scope=\"col\">%2</th></tr></thead>\n<tbody>\n"_s
                .arg(tr("Component"), tr("Status"));
        for (const ComponentView& component : m_components)
            html += u"<tr><th scope=\"row\">%1</th><td class=\"%2\">%3</td></tr>\n"_s.arg(
                escaped(component.name), componentImpactKey(component.impact),
                componentImpactLabel(component.impact).toHtmlEscaped());
        html += u"</tbody>\n</table>\n"_s;
    }
    html += u"</section>\n"_s;

    html += u"<section aria-labelledby=\"latest\">\n<h2 id=\"latest\">%1</h2>\n"_s.arg(tr("Latest update"));
    if (m_incidents.isEmpty())
        html += u"<p>%1</p>\n"_s.arg(tr("Nothing has been reported."));
    else
        html += u"<article>\n"_s + htmlUpdate(m_incidents.first().latest(), 3) + u"</article>\n"_s;
    html += u"</section>\n"_s;

    html +=
        u"<section aria-labelledby=\"history\">\n<h2 id=\"history\">%1</h2>\n"_s.arg(tr("Incident history"));
    for (const IncidentView& incident : m_incidents) {
        html += u"<article>\n<h3>%1</h3>\n"_s.arg(escaped(incident.latest().name));
        html += u"<p class=\"meta\">%1</p>\n"_s.arg(
            incident.isOver()
                ? tr("%1 at %2")
                      .arg(escaped(statusLabel(incident.latest().status)), htmlTime(incident.latest().at))
                : tr("Ongoing since %1").arg(htmlTime(incident.updates.first().at)));
        html += u"<ol class=\"updates\">\n"_s;
        for (auto it = incident.updates.crbegin(); it != incident.updates.crend(); ++it)
            html += u"<li>\n<p class=\"meta\"><strong>%1</strong> · %2</p>\n%3</li>\n"_s.arg(
                escaped(statusLabel(it->status)), htmlTime(it->at),
                HtmlParagraphs::fromEscaped(escaped(it->body)));
        html += u"</ol>\n</article>\n"_s;
    }
    html += u"</section>\n</main>\n"_s;
    html +=
        u"<footer>\n<p class=\"meta\">%1 · <a href=\"history.atom\">%2</a> · <a href=\"summary.json\">summary.json</a></p>\n</footer>\n"_s
            .arg(tr("All times in UTC"), tr("Subscribe to updates (Atom feed)"));
    html += u"</body>\n</html>\n"_s;
    return html.toUtf8();
}

} // namespace Herald
