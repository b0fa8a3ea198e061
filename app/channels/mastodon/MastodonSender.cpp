#include "channels/mastodon/MastodonSender.h"

#include "channels/UrlPolicy.h"
#include "channels/mastodon/MastodonMeasure.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Herald {

struct MastodonSender::Thread {
    QString instance;
    QByteArray token;
    QString idempotencyKey;
    QString visibility;
    QJsonArray posts;
    qsizetype next = 0;
    QString firstId;
    Done done;
};

namespace {
QString instanceBase(const QString& address)
{
    QString base = address.trimmed();
    while (base.endsWith(u'/'))
        base.chop(1);
    return base;
}
} // namespace

MastodonSender::MastodonSender(OutboxNetwork& network, const Clock& clock, int timeoutMs)
    : m_http(network, clock, timeoutMs)
{
}

QList<SettingField> MastodonSender::settingFields() const
{
    return {{u"visibility"_s,
             tr("Visibility"),
             SettingField::Type::Choice,
             {u"public"_s, u"unlisted"_s, u"private"_s},
             u"public"_s,
             false}};
}

QString MastodonSender::validate(const ChannelEndpoint& endpoint) const
{
    const QUrl url(instanceBase(endpoint.address));
    if (const QString problem = UrlPolicy::checkEndpointUrl(url); !problem.isEmpty())
        return problem;
    const QString visibility = endpoint.settings.value(u"visibility"_s).toString();
    if (!visibility.isEmpty() && !settingFields().first().choices.contains(visibility))
        return tr("Visibility is public, unlisted or private.");
    return {};
}

QJsonArray MastodonSender::posts(const QByteArray& wire)
{
    const QJsonDocument document = QJsonDocument::fromJson(wire);
    return document.isArray() ? document.array() : QJsonArray{document.object()};
}

ProviderHttp::Request MastodonSender::statusRequest(const Thread& thread, const QString& replyTo) const
{
    QJsonObject post = thread.posts.at(thread.next).toObject();
    if (!thread.visibility.isEmpty())
        post.insert(u"visibility"_s, thread.visibility);
    if (!replyTo.isEmpty())
        post.insert(u"in_reply_to_id"_s, replyTo);
    const QString key =
        thread.next == 0 ? thread.idempotencyKey : u"%1-%2"_s.arg(thread.idempotencyKey).arg(thread.next + 1);
    return {"POST",
            QUrl(thread.instance + u"/api/v1/statuses"_s),
            {{"Authorization", "Bearer " + thread.token},
             {"Idempotency-Key", key.toUtf8()},
             {"Content-Type", "application/json"}},
            QJsonDocument(post).toJson(QJsonDocument::Compact)};
}

void MastodonSender::send(const Delivery& delivery, const SendContext& context, Done done)
{
    // A drill's row carries its sandbox as the address; validated like the real one.
    if (const auto refused = refusal(
            delivery, context,
            tr("No credential stored for %1: enter the account's access token").arg(context.endpoint.name))) {
        done(*refused);
        return;
    }
    auto thread = std::make_shared<Thread>(Thread{instanceBase(delivery.target),
                                                  context.secret,
                                                  delivery.idempotencyKey,
                                                  context.endpoint.settings.value(u"visibility"_s).toString(),
                                                  posts(delivery.payload),
                                                  0,
                                                  {},
                                                  std::move(done)});
    // The instance's own limits, read before posting: they differ from server to server.
    m_http.send({"GET", QUrl(thread->instance + u"/api/v2/instance"_s), {{"Accept", "application/json"}}, {}},
                [this, thread](const ProviderHttp::Answer& answer) { checkLimits(thread, answer); });
}

void MastodonSender::checkLimits(const std::shared_ptr<Thread>& thread, const ProviderHttp::Answer& answer)
{
    if (answer.outcome.kind != SendOutcome::Kind::Delivered) {
        SendOutcome failed = outcome(answer);
        failed.message = tr("Reading the instance's limits: %1").arg(failed.message);
        thread->done(failed);
        return;
    }
    const QJsonObject statuses = QJsonDocument::fromJson(answer.body)
                                     .object()
                                     .value(u"configuration"_s)
                                     .toObject()
                                     .value(u"statuses"_s)
                                     .toObject();
    const int limit = statuses.value(u"max_characters"_s).toInt(MastodonMeasure::defaultLimit);
    const int urlLength =
        statuses.value(u"characters_reserved_per_url"_s).toInt(MastodonMeasure::defaultUrlLength);
    for (qsizetype i = 0; i < thread->posts.size(); ++i) {
        const QJsonObject post = thread->posts.at(i).toObject();
        const int length = MastodonMeasure::length(post.value(u"status"_s).toString(),
                                                   post.value(u"spoiler_text"_s).toString(), urlLength);
        if (length > limit) {
            thread->done(
                permanent(tr("Post %1 has %2 characters; %3 allows %4. Shorten it and approve it again.")
                              .arg(i + 1)
                              .arg(length)
                              .arg(thread->instance)
                              .arg(limit)));
            return;
        }
    }
    postNext(thread, {});
}

void MastodonSender::postNext(const std::shared_ptr<Thread>& thread, const QString& replyTo)
{
    m_http.send(statusRequest(*thread, replyTo), [this, thread](const ProviderHttp::Answer& answer) {
        SendOutcome result = outcome(answer);
        const QString id = QJsonDocument::fromJson(answer.body).object().value(u"id"_s).toString();
        if (result.kind != SendOutcome::Kind::Delivered) {
            if (thread->next > 0)
                result.message = tr("Post %1 of the thread: %2").arg(thread->next + 1).arg(result.message);
            thread->done(result);
            return;
        }
        if (thread->next == 0)
            thread->firstId = id;
        if (++thread->next < thread->posts.size()) {
            postNext(thread, id);
            return;
        }
        result.providerReference = thread->firstId;
        thread->done(result);
    });
}

SendOutcome MastodonSender::outcome(const ProviderHttp::Answer& answer)
{
    SendOutcome result = answer.outcome;
    const QString error = QJsonDocument::fromJson(answer.body).object().value(u"error"_s).toString();
    if (!error.isEmpty())
        result.message = u"Mastodon: %1 (HTTP %2)"_s.arg(error).arg(answer.status);
    return result;
}

QString MastodonSender::dryRun(const Delivery& delivery, const SendContext& context) const
{
    Thread thread{instanceBase(delivery.target),
                  "***",
                  delivery.idempotencyKey,
                  context.endpoint.settings.value(u"visibility"_s).toString(),
                  posts(delivery.payload),
                  0,
                  {},
                  {}};
    QString text = ProviderHttp::describe({"GET", QUrl(thread.instance + u"/api/v2/instance"_s), {}, {}});
    for (; thread.next < thread.posts.size(); ++thread.next)
        text +=
            u"\n\n"_s + ProviderHttp::describe(statusRequest(
                            thread, thread.next == 0 ? QString() : u"<id of post %1>"_s.arg(thread.next)));
    return text;
}

} // namespace Herald
