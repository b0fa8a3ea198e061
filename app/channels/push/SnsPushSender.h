#pragma once

#include "channels/ChannelSender.h"
#include "channels/sns/ProviderHttp.h"
#include "channels/sns/SnsClient.h"

#include <QCoreApplication>

namespace Herald {

// Push notifications through an Amazon SNS topic (the endpoint's address is the topic ARN, or
// a platform endpoint's ARN): one Publish with MessageStructure=json, so APNs and FCM
// subscribers each get their own payload and every other protocol the plain text.
class SnsPushSender final : public ChannelSender {
    Q_DECLARE_TR_FUNCTIONS(SnsPushSender)

public:
    SnsPushSender(OutboxNetwork& network, const Clock& clock, int timeoutMs);
    ChannelKind channel() const override { return ChannelKind::Push; }
    bool needsSecret() const override { return true; }
    void send(const Delivery& delivery, const SendContext& context, Done done) override;
    QList<SettingField> settingFields() const override { return SnsClient::settingFields(); }
    QString validate(const ChannelEndpoint& endpoint) const override;
    QString dryRun(const Delivery& delivery, const SendContext& context) const override;

    // The Publish parameters for a push wire (the APNs payload PushComposer makes).
    static SnsClient::Fields parameters(const Delivery& delivery);

private:
    ProviderHttp m_http;
    SnsClient m_sns;
};

} // namespace Herald
