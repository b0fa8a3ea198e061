#include "channels/teams/TeamsSender.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Herald {

TeamsSender::TeamsSender(OutboxNetwork& network, const Clock& clock, int timeoutMs)
    : ChatWebhookSender(network, clock, timeoutMs)
{
}

bool TeamsSender::acceptsHost(const QString& host) const
{
    // environment.api.powerplatform.com is one of the *.powerplatform.com hosts.
    return host.endsWith(u".logic.azure.com"_s) || host.endsWith(u".powerplatform.com"_s);
}

QString TeamsSender::serviceHosts() const
{
    return u"*.logic.azure.com, *.powerplatform.com"_s;
}

void TeamsSender::interpret(SendOutcome& outcome, const HttpAnswer& answer) const
{
    const QByteArray& body = answer.body;
    outcome.providerReference = HttpSend::headerReference(answer, "x-ms-workflow-run-id");
    if (outcome.kind == SendOutcome::Kind::Delivered) {
        // The old connectors said "throttled" in a 200's body instead of the status.
        if (body.contains("HTTP error 429")) {
            outcome.kind = SendOutcome::Kind::Retry;
            HttpSend::addDetail(outcome, QString::fromUtf8(body));
        }
        return;
    }
    if (outcome.httpStatus == 0)
        return;
    // Workflows (Logic Apps) errors: {"error": {"code": "...", "message": "..."}}.
    const QJsonObject error = QJsonDocument::fromJson(body).object().value(u"error"_s).toObject();
    if (error.isEmpty())
        HttpSend::addDetail(outcome, QString::fromUtf8(body));
    else
        HttpSend::addDetail(
            outcome, u"%1 %2"_s.arg(error.value(u"code"_s).toString(), error.value(u"message"_s).toString()));
}

} // namespace Herald
