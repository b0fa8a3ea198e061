#pragma once

#include "channels/ChannelSender.h"
#include "channels/sns/ProviderHttp.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <memory>

namespace Herald {

// Posts to a Mastodon instance (the endpoint's address, e.g. https://mastodon.social) with the
// account's access token from the keychain. Reads the instance's own length limit first and
// refuses a status over it; a thread goes out as replies to the post before, each with its own
// Idempotency-Key derived from the delivery's, so a resend within the hour posts nothing twice.
class MastodonSender final : public ChannelSender {
    Q_DECLARE_TR_FUNCTIONS(MastodonSender)

public:
    MastodonSender(OutboxNetwork& network, const Clock& clock, int timeoutMs);
    ChannelKind channel() const override { return ChannelKind::Mastodon; }
    bool needsSecret() const override { return true; }
    void send(const Delivery& delivery, const SendContext& context, Done done) override;
    QList<SettingField> settingFields() const override;
    QString validate(const ChannelEndpoint& endpoint) const override;
    QString dryRun(const Delivery& delivery, const SendContext& context) const override;

    // The wire's posts: one object, or an array of them for a thread.
    static QJsonArray posts(const QByteArray& wire);

private:
    struct Thread;
    ProviderHttp::Request statusRequest(const Thread& thread, const QString& replyTo) const;
    void checkLimits(const std::shared_ptr<Thread>& thread, const ProviderHttp::Answer& answer);
    void postNext(const std::shared_ptr<Thread>& thread, const QString& replyTo);
    static SendOutcome outcome(const ProviderHttp::Answer& answer);

    ProviderHttp m_http;
};

} // namespace Herald
