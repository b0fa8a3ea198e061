#include "channels/webhook/ChatWebhookSender.h"

#include "channels/UrlPolicy.h"

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
const HttpSend::Headers jsonHeaders{{"Content-Type", "application/json"}};

QUrl secretUrl(const QByteArray& secret)
{
    return QUrl(QString::fromUtf8(secret).trimmed(), QUrl::StrictMode);
}
} // namespace

ChatWebhookSender::ChatWebhookSender(OutboxNetwork& network, const Clock& clock, int timeoutMs)
    : m_http(network, clock, timeoutMs)
{
}

QString ChatWebhookSender::redact(const QUrl& url)
{
    // The path words of the services' webhook URLs; everything else may identify or unlock one.
    static const QStringList words{u"services"_s,    u"hooks"_s, u"workflows"_s, u"triggers"_s,
                                   u"manual"_s,      u"paths"_s, u"invoke"_s,    u"powerautomate"_s,
                                   u"automations"_s, u"direct"_s};
    const bool hasQuery = url.hasQuery();
    QStringList parts = url.path().split(u'/');
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QString& part = parts[i];
        if (part.isEmpty() || words.contains(part))
            continue;
        part = (i == parts.size() - 1 && !hasQuery) ? u"•••"_s : part.left(1) + u'…';
    }
    QString text = url.scheme() + u"://"_s + url.host();
    if (url.port() != -1)
        text += u':' + QString::number(url.port());
    return text + parts.join(u'/') + (hasQuery ? u"?•••"_s : QString());
}

QString ChatWebhookSender::checkUrl(const QUrl& url) const
{
    if (const QString problem = UrlPolicy::checkEndpointUrl(url); !problem.isEmpty())
        return problem;
    if (!UrlPolicy::isLoopbackHost(url.host()) && !acceptsHost(url.host().toLower()))
        return tr("%1 is not where %2 webhooks live (%3).")
            .arg(url.host(), channelLabel(channel()), serviceHosts());
    return {};
}

QString ChatWebhookSender::validate(const ChannelEndpoint& endpoint) const
{
    const QUrl address(endpoint.address);
    if (const QString problem = checkUrl(address); !problem.isEmpty())
        return problem;
    if (redact(address) != endpoint.address)
        return tr("The webhook URL is a secret: keep it in the keychain and show it as %1.")
            .arg(redact(address));
    return {};
}

QString ChatWebhookSender::dryRun(const Delivery& delivery, const SendContext& context) const
{
    const QUrl target(delivery.target);
    const bool toSandbox = redact(target) != delivery.target;
    const QString where =
        toSandbox || context.secret.isEmpty() ? redact(target) : redact(secretUrl(context.secret));
    return HttpSend::describe("POST", where, jsonHeaders, delivery.payload);
}

void ChatWebhookSender::send(const Delivery& delivery, const SendContext& context, Done done)
{
    // The outbox row names the endpoint's redacted address, or, for a drill, the sandbox
    // webhook in full: a drill must never reach the real channel behind the secret.
    const QUrl target(delivery.target);
    const bool toSandbox = redact(target) != delivery.target;
    if (!toSandbox && context.secret.isEmpty()) {
        done(permanent(
            tr("No webhook URL stored in the keychain for %1 (the URL is its secret)").arg(delivery.target)));
        return;
    }
    const QUrl url = toSandbox ? target : secretUrl(context.secret);
    if (const QString problem = checkUrl(url); !problem.isEmpty()) {
        done(permanent(problem));
        return;
    }
    m_http.post(m_http.request(url, jsonHeaders), delivery.payload, std::move(done),
                [this](SendOutcome& outcome, const HttpAnswer& answer) { interpret(outcome, answer); });
}

} // namespace Herald
