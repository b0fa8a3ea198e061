#pragma once

#include "channels/ChannelSender.h"
#include "channels/sns/ProviderHttp.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

#include <memory>

namespace Herald {

// Posts to Bluesky through the account's PDS: com.atproto.server.createSession with the handle
// (a setting) and an app password (the keychain), then com.atproto.repo.createRecord with the
// composer's app.bsky.feed.post record (text, link facets with UTF-8 byte offsets) stamped
// with the injected clock. Sessions are kept per endpoint while the sender lives; an expired
// access token is refreshed once. Each post has a record key derived from the delivery
// (BlueskyRecordKey), and a resend first asks (getRecord) whether an earlier attempt already
// posted it, so a lost answer or a crash does not post twice, nor break a thread's replies.
class BlueskySender final : public ChannelSender {
    Q_DECLARE_TR_FUNCTIONS(BlueskySender)

public:
    BlueskySender(OutboxNetwork& network, const Clock& clock, int timeoutMs);
    ~BlueskySender() override;
    ChannelKind channel() const override { return ChannelKind::Bluesky; }
    bool needsSecret() const override { return true; }
    void send(const Delivery& delivery, const SendContext& context, Done done) override;
    QList<SettingField> settingFields() const override;
    QString validate(const ChannelEndpoint& endpoint) const override;
    QString dryRun(const Delivery& delivery, const SendContext& context) const override;

private:
    struct Session {
        QString did;
        QByteArray accessJwt;
        QByteArray refreshJwt;
    };
    struct Post;
    static QString identifier(const ChannelEndpoint& endpoint);
    ProviderHttp::Request sessionRequest(const Post& post) const;
    ProviderHttp::Request recordRequest(const Post& post) const;
    void login(const std::shared_ptr<Post>& post);
    void refresh(const std::shared_ptr<Post>& post);
    void onSession(const std::shared_ptr<Post>& post, const ProviderHttp::Answer& answer);
    // The thread's next post: on a resend, first asked for under its record key.
    void createNext(const std::shared_ptr<Post>& post);
    void findExisting(const std::shared_ptr<Post>& post);
    void create(const std::shared_ptr<Post>& post);
    void posted(const std::shared_ptr<Post>& post, const QJsonObject& record, SendOutcome result);
    static SendOutcome outcome(const ProviderHttp::Answer& answer);

    ProviderHttp m_http;
    QHash<qint64, Session> m_sessions; // endpoint id → its session
};

} // namespace Herald
