#pragma once

#include "channels/ChannelSender.h"
#include "channels/sns/ProviderHttp.h"
#include "channels/sns/SnsClient.h"

#include <QCoreApplication>

namespace Herald {

// Text messages to the endpoint's phone number (E.164) through the provider its settings name:
// Twilio's Messages API (HTTP Basic with the account SID and the keychain's auth token) or
// Amazon SNS Publish with PhoneNumber (the keychain holding the secret access key).
class SmsSender final : public ChannelSender {
    Q_DECLARE_TR_FUNCTIONS(SmsSender)

public:
    SmsSender(OutboxNetwork& network, const Clock& clock, int timeoutMs);
    ChannelKind channel() const override { return ChannelKind::Sms; }
    bool needsSecret() const override { return true; }
    void send(const Delivery& delivery, const SendContext& context, Done done) override;
    QList<SettingField> settingFields() const override;
    QString validate(const ChannelEndpoint& endpoint) const override;
    QString dryRun(const Delivery& delivery, const SendContext& context) const override;

    // Twilio's answer: 201 with the message's sid, or its error object {code, message, status}.
    static SendOutcome twilioOutcome(const ProviderHttp::Answer& answer);

private:
    bool usesSns(const ChannelEndpoint& endpoint) const;
    ProviderHttp::Request request(const Delivery& delivery, const SendContext& context,
                                  const QByteArray& secret) const;

    ProviderHttp m_http;
    SnsClient m_sns;
};

} // namespace Herald
