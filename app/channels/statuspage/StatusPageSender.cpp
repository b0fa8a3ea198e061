#include "channels/statuspage/StatusPageSender.h"

#include "channels/UrlPolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
const QString defaultBase = u"https://api.statuspage.io"_s;

QString apiBase(const ChannelEndpoint& endpoint)
{
    QString base = endpoint.settings.value(u"api_base"_s).toString().trimmed();
    if (base.isEmpty())
        base = defaultBase;
    while (base.endsWith(u'/'))
        base.chop(1);
    return base;
}
} // namespace

StatusPageSender::StatusPageSender(OutboxNetwork& network, const Clock& clock, int timeoutMs,
                                   ReferenceLookup earlierIncident)
    : m_http(network, clock, timeoutMs)
    , m_earlierIncident(std::move(earlierIncident))
{
}

QList<SettingField> StatusPageSender::settingFields() const
{
    return {
        {u"components"_s,
         tr("Components (name=component id; …)"),
         SettingField::Type::Text,
         {},
         u"Payments API=8kbf7d35c070; Checkout=vtnh60py4yd7"_s,
         false},
        {u"api_base"_s, tr("API address"), SettingField::Type::Text, {}, defaultBase, false},
    };
}

QString StatusPageSender::validate(const ChannelEndpoint& endpoint) const
{
    static const QRegularExpression pageId(u"^[a-z0-9]+$"_s);
    if (!pageId.match(endpoint.address).hasMatch())
        return tr("The address is the page id from the Statuspage API page, such as kctbh9vrtdwd.");
    const QString map = endpoint.settings.value(u"components"_s).toString();
    for (const QString& pair : map.split(u';', Qt::SkipEmptyParts))
        if (pair.trimmed().section(u'=', 1).trimmed().isEmpty())
            return tr("Write each component as name=component id, separated by semicolons.");
    if (endpoint.settings.contains(u"api_base"_s))
        return UrlPolicy::checkEndpointUrl(QUrl(apiBase(endpoint)));
    return {};
}

QByteArray StatusPageSender::body(const QByteArray& wire, const QString& componentMap)
{
    QHash<QString, QString> ids;
    for (const QString& pair : componentMap.split(u';', Qt::SkipEmptyParts))
        ids.insert(pair.section(u'=', 0, 0).trimmed(), pair.section(u'=', 1).trimmed());
    QJsonObject incident = QJsonDocument::fromJson(wire).object().value(u"incident"_s).toObject();
    const QJsonObject byName = incident.value(u"components"_s).toObject();
    QJsonObject components;
    QJsonArray componentIds;
    for (auto it = byName.constBegin(); it != byName.constEnd(); ++it) {
        const QString id = ids.value(it.key());
        if (id.isEmpty())
            continue;
        components.insert(id, it.value());
        componentIds.append(id);
    }
    incident.insert(u"components"_s, components);
    incident.insert(u"component_ids"_s, componentIds);
    return QJsonDocument(QJsonObject{{u"incident"_s, incident}}).toJson(QJsonDocument::Compact);
}

ProviderHttp::Request StatusPageSender::request(const Delivery& delivery, const SendContext& context,
                                                const QByteArray& key) const
{
    const QString earlier =
        m_earlierIncident ? m_earlierIncident(delivery.incidentId, delivery.endpointId) : QString();
    ProviderHttp::Request request;
    request.method = earlier.isEmpty() ? "POST" : "PATCH";
    QString path = u"%1/v1/pages/%2/incidents"_s.arg(apiBase(context.endpoint), delivery.target);
    if (!earlier.isEmpty())
        path += u'/' + earlier;
    request.url = QUrl(path);
    request.headers = {{"Authorization", "OAuth " + key}, {"Content-Type", "application/json"}};
    request.body = body(delivery.payload, context.endpoint.settings.value(u"components"_s).toString());
    return request;
}

void StatusPageSender::send(const Delivery& delivery, const SendContext& context, Done done)
{
    // A drill's row carries its sandbox as the address; validated like the real one.
    if (const auto refused = refusal(
            delivery, context,
            tr("No credential stored for %1: enter the Statuspage API key").arg(context.endpoint.name))) {
        done(*refused);
        return;
    }
    const IncidentOnPage key{delivery.incidentId, delivery.endpointId};
    if (const auto busy = m_waiting.find(key); busy != m_waiting.end()) {
        busy->append({delivery, context, std::move(done)});
        return;
    }
    m_waiting.insert(key, {});
    start({delivery, context, std::move(done)});
}

void StatusPageSender::start(const Waiting& send)
{
    const IncidentOnPage key{send.delivery.incidentId, send.delivery.endpointId};
    // The earlier incident is looked up now, after the update before has been recorded.
    m_http.send(request(send.delivery, send.context, send.context.secret),
                [this, key, done = send.done](const ProviderHttp::Answer& answer) {
                    done(outcome(answer));
                    startNext(key);
                });
}

void StatusPageSender::startNext(const IncidentOnPage& key)
{
    const auto waiting = m_waiting.find(key);
    if (waiting == m_waiting.end())
        return;
    if (waiting->isEmpty()) {
        m_waiting.erase(waiting);
        return;
    }
    start(waiting->takeFirst());
}

SendOutcome StatusPageSender::outcome(const ProviderHttp::Answer& answer)
{
    SendOutcome result = answer.outcome;
    const QJsonObject body = QJsonDocument::fromJson(answer.body).object();
    if (result.kind == SendOutcome::Kind::Delivered) {
        result.providerReference = body.value(u"id"_s).toString();
        return result;
    }
    // Statuspage's older rate limit answer, 420, means the same as 429.
    if (answer.status == 420)
        result.kind = SendOutcome::Kind::Retry;
    const QJsonValue error = body.value(u"error"_s);
    QString said = error.isArray() ? error.toVariant().toStringList().join(u"; "_s) : error.toString();
    if (!said.isEmpty())
        result.message = u"Statuspage: %1 (HTTP %2)"_s.arg(said).arg(answer.status);
    return result;
}

QString StatusPageSender::dryRun(const Delivery& delivery, const SendContext& context) const
{
    return ProviderHttp::describe(request(delivery, context, "***"));
}

} // namespace Herald
