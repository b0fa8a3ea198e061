#pragma once

#include "channels/ChannelSender.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace Herald {

// One channel served by several providers (a status page on Atlassian Statuspage or as static
// files): each endpoint's setting `provider` picks the sender; without it, the first added.
class ProviderSwitch final : public ChannelSender {
    Q_DECLARE_TR_FUNCTIONS(ProviderSwitch)

public:
    explicit ProviderSwitch(ChannelKind channel) : m_channel(channel) {}
    ProviderSwitch& add(const QString& provider, std::unique_ptr<ChannelSender> sender);

    ChannelKind channel() const override { return m_channel; }
    // Asked before the endpoint is known: true when any provider needs a credential.
    bool needsSecret() const override;
    double defaultRatePerSecond() const override;
    void send(const Delivery& delivery, const SendContext& context, Done done) override;
    // `provider` first, then each provider's fields (a key two providers share, once).
    QList<SettingField> settingFields() const override;
    QString validate(const ChannelEndpoint& endpoint) const override;
    QString dryRun(const Delivery& delivery, const SendContext& context) const override;

private:
    ChannelSender* senderFor(const ChannelEndpoint& endpoint) const;
    QString unknown(const ChannelEndpoint& endpoint) const;

    ChannelKind m_channel;
    std::vector<std::pair<QString, std::unique_ptr<ChannelSender>>> m_providers;
};

} // namespace Herald
