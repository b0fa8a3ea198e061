#include "channels/bluesky/BlueskySender.h"

#include "base/Clock.h"
#include "channels/UrlPolicy.h"
#include "channels/bluesky/BlueskyRecordKey.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
const QString defaultBase = u"https://bsky.social"_s;

QString xrpc(const QString& base, QStringView method)
{
    return base + u"/xrpc/"_s + method;
}
} // namespace

struct BlueskySender::Post {
    qint64 endpointId = 0;
    QString base;
    QString identifier;
    QByteArray password;
    QJsonArray records;
    qsizetype next = 0;
    QJsonObject root;   // {uri, cid} of the thread's first post
    QJsonObject parent; // {uri, cid} of the post before
    bool refreshed = false;
    Done done;
    Session session;
    QString idempotencyKey;
    QDateTime queuedAt;
    bool resend = false; // an earlier attempt may have posted some of the thread

    QString recordKey() const { return BlueskyRecordKey::of(idempotencyKey, queuedAt, int(next)); }
};

BlueskySender::BlueskySender(OutboxNetwork& network, const Clock& clock, int timeoutMs)
    : m_http(network, clock, timeoutMs)
{
}

BlueskySender::~BlueskySender() = default;

QList<SettingField> BlueskySender::settingFields() const
{
    return {
        {u"handle"_s, tr("Handle"), SettingField::Type::Text, {}, u"status.example.com"_s, true},
        {u"api_base"_s, tr("PDS address"), SettingField::Type::Text, {}, defaultBase, false},
    };
}

QString BlueskySender::identifier(const ChannelEndpoint& endpoint)
{
    const QString handle = endpoint.settings.value(u"handle"_s).toString().trimmed();
    return handle.isEmpty() ? endpoint.address.trimmed() : handle;
}

QString BlueskySender::validate(const ChannelEndpoint& endpoint) const
{
    const QString id = identifier(endpoint);
    if (!id.startsWith(u"did:"_s) && !id.contains(u'.'))
        return tr("Enter the account's handle, such as status.example.com (its app password goes in the "
                  "keychain).");
    if (endpoint.settings.contains(u"api_base"_s))
        return UrlPolicy::checkEndpointUrl(QUrl(endpoint.settings.value(u"api_base"_s).toString()));
    return {};
}

ProviderHttp::Request BlueskySender::sessionRequest(const Post& post) const
{
    const QJsonObject body{{u"identifier"_s, post.identifier},
                           {u"password"_s, QString::fromUtf8(post.password)}};
    return {"POST",
            QUrl(xrpc(post.base, u"com.atproto.server.createSession")),
            {{"Content-Type", "application/json"}},
            QJsonDocument(body).toJson(QJsonDocument::Compact)};
}

ProviderHttp::Request BlueskySender::recordRequest(const Post& post) const
{
    QJsonObject record = post.records.at(post.next).toObject();
    record.insert(u"createdAt"_s, m_http.clock().now().toUTC().toString(Qt::ISODateWithMs));
    if (!post.root.isEmpty())
        record.insert(u"reply"_s, QJsonObject{{u"root"_s, post.root}, {u"parent"_s, post.parent}});
    const QJsonObject body{{u"repo"_s, post.session.did.isEmpty() ? post.identifier : post.session.did},
                           {u"collection"_s, u"app.bsky.feed.post"_s},
                           {u"rkey"_s, post.recordKey()},
                           {u"record"_s, record}};
    return {"POST",
            QUrl(xrpc(post.base, u"com.atproto.repo.createRecord")),
            {{"Authorization", "Bearer " + post.session.accessJwt}, {"Content-Type", "application/json"}},
            QJsonDocument(body).toJson(QJsonDocument::Compact)};
}

void BlueskySender::send(const Delivery& delivery, const SendContext& context, Done done)
{
    if (context.secret.isEmpty()) {
        done(permanent(tr("No credential stored for %1: enter an app password").arg(context.endpoint.name)));
        return;
    }
    if (const QString problem = validate(context.endpoint); !problem.isEmpty()) {
        done(permanent(problem));
        return;
    }
    auto post = std::make_shared<Post>();
    post->endpointId = context.endpoint.id;
    post->base = context.endpoint.settings.value(u"api_base"_s).toString(defaultBase);
    while (post->base.endsWith(u'/'))
        post->base.chop(1);
    post->identifier = identifier(context.endpoint);
    post->password = context.secret;
    const QJsonDocument wire = QJsonDocument::fromJson(delivery.payload);
    post->records = wire.isArray() ? wire.array() : QJsonArray{wire.object()};
    post->done = std::move(done);
    post->idempotencyKey = delivery.idempotencyKey;
    post->queuedAt = delivery.createdAt;
    post->resend = delivery.attempts > 1;
    if (const auto cached = m_sessions.constFind(post->endpointId); cached != m_sessions.cend()) {
        post->session = *cached;
        createNext(post);
    } else {
        login(post);
    }
}

void BlueskySender::login(const std::shared_ptr<Post>& post)
{
    m_http.send(sessionRequest(*post),
                [this, post](const ProviderHttp::Answer& answer) { onSession(post, answer); });
}

void BlueskySender::refresh(const std::shared_ptr<Post>& post)
{
    m_http.send({"POST",
                 QUrl(xrpc(post->base, u"com.atproto.server.refreshSession")),
                 {{"Authorization", "Bearer " + post->session.refreshJwt}},
                 {}},
                [this, post](const ProviderHttp::Answer& answer) {
                    if (answer.outcome.kind == SendOutcome::Kind::Delivered)
                        onSession(post, answer);
                    else
                        login(post); // the refresh token ran out too: sign in again
                });
}

void BlueskySender::onSession(const std::shared_ptr<Post>& post, const ProviderHttp::Answer& answer)
{
    if (answer.outcome.kind != SendOutcome::Kind::Delivered) {
        SendOutcome failed = outcome(answer);
        failed.message = tr("Signing in as %1: %2").arg(post->identifier, failed.message);
        post->done(failed);
        return;
    }
    const QJsonObject body = QJsonDocument::fromJson(answer.body).object();
    post->session = {body.value(u"did"_s).toString(), body.value(u"accessJwt"_s).toString().toUtf8(),
                     body.value(u"refreshJwt"_s).toString().toUtf8()};
    m_sessions.insert(post->endpointId, post->session);
    createNext(post);
}

void BlueskySender::createNext(const std::shared_ptr<Post>& post)
{
    if (post->resend) {
        findExisting(post);
        return;
    }
    create(post);
}

void BlueskySender::findExisting(const std::shared_ptr<Post>& post)
{
    QUrl url(xrpc(post->base, u"com.atproto.repo.getRecord"));
    url.setQuery(QUrlQuery{{u"repo"_s, post->session.did.isEmpty() ? post->identifier : post->session.did},
                           {u"collection"_s, u"app.bsky.feed.post"_s},
                           {u"rkey"_s, post->recordKey()}});
    m_http.send({"GET", url, {{"Accept", "application/json"}}, {}},
                [this, post](const ProviderHttp::Answer& answer) {
                    const QJsonObject body = QJsonDocument::fromJson(answer.body).object();
                    if (answer.status == 200) {
                        // An earlier attempt posted it and its answer was lost: not posted again.
                        SendOutcome found = outcome(answer);
                        found.message = tr("%1, already posted by an earlier attempt").arg(found.message);
                        posted(post, body, found);
                        return;
                    }
                    if (body.value(u"error"_s).toString() == u"RecordNotFound"_s) {
                        create(post);
                        return;
                    }
                    SendOutcome failed = outcome(answer);
                    failed.message = tr("Looking for what an earlier attempt posted: %1").arg(failed.message);
                    post->done(failed);
                });
}

void BlueskySender::create(const std::shared_ptr<Post>& post)
{
    m_http.send(recordRequest(*post), [this, post](const ProviderHttp::Answer& answer) {
        const QJsonObject body = QJsonDocument::fromJson(answer.body).object();
        const bool expired = body.value(u"error"_s).toString() == u"ExpiredToken"_s;
        if (expired || answer.status == 401) {
            m_sessions.remove(post->endpointId); // a token the server no longer takes
            // Once: an expired access token is refreshed, a revoked session signed in again.
            if (!std::exchange(post->refreshed, true)) {
                expired ? refresh(post) : login(post);
                return;
            }
        }
        SendOutcome result = outcome(answer);
        if (result.kind != SendOutcome::Kind::Delivered) {
            post->done(result);
            return;
        }
        posted(post, body, result);
    });
}

void BlueskySender::posted(const std::shared_ptr<Post>& post, const QJsonObject& record, SendOutcome result)
{
    // createRecord and getRecord both answer with the record's uri and cid.
    const QJsonObject ref{{u"uri"_s, record.value(u"uri"_s)}, {u"cid"_s, record.value(u"cid"_s)}};
    if (post->root.isEmpty())
        post->root = ref;
    post->parent = ref;
    if (++post->next < post->records.size()) {
        createNext(post);
        return;
    }
    result.providerReference = post->root.value(u"uri"_s).toString();
    post->done(result);
}

SendOutcome BlueskySender::outcome(const ProviderHttp::Answer& answer)
{
    SendOutcome result = answer.outcome;
    const QJsonObject body = QJsonDocument::fromJson(answer.body).object();
    if (const QString error = body.value(u"error"_s).toString(); !error.isEmpty())
        result.message =
            u"Bluesky %1: %2 (HTTP %3)"_s.arg(error, body.value(u"message"_s).toString()).arg(answer.status);
    return result;
}

QString BlueskySender::dryRun(const Delivery& delivery, const SendContext& context) const
{
    Post post;
    post.base = context.endpoint.settings.value(u"api_base"_s).toString(defaultBase);
    post.identifier = identifier(context.endpoint);
    post.password = "***";
    post.idempotencyKey = delivery.idempotencyKey;
    post.queuedAt = delivery.createdAt;
    const QJsonDocument wire = QJsonDocument::fromJson(delivery.payload);
    post.records = wire.isArray() ? wire.array() : QJsonArray{wire.object()};
    post.session.accessJwt = "***";
    QString text = ProviderHttp::describe(sessionRequest(post));
    for (; post.next < post.records.size(); ++post.next)
        text += u"\n\n"_s + ProviderHttp::describe(recordRequest(post));
    return text;
}

} // namespace Herald
