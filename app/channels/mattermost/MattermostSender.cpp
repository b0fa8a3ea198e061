#include "channels/mattermost/MattermostSender.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Herald {

MattermostSender::MattermostSender(OutboxNetwork& network, const Clock& clock, int timeoutMs)
    : ChatWebhookSender(network, clock, timeoutMs)
{
}

QString MattermostSender::serviceHosts() const
{
    return tr("your Mattermost server");
}

void MattermostSender::interpret(SendOutcome& outcome, const HttpAnswer& answer) const
{
    const QByteArray& body = answer.body;
    outcome.providerReference = HttpSend::headerReference(answer, "X-Request-Id");
    if (outcome.kind == SendOutcome::Kind::Delivered || outcome.httpStatus == 0)
        return;
    const QJsonObject error = QJsonDocument::fromJson(body).object();
    if (error.contains(u"message"_s))
        HttpSend::addDetail(
            outcome, u"%1 (%2)"_s.arg(error.value(u"message"_s).toString(), error.value(u"id"_s).toString()));
    else
        HttpSend::addDetail(outcome, QString::fromUtf8(body));
}

} // namespace Herald
