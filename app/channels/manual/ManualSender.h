#pragma once

#include "channels/ChannelSender.h"

#include <QCoreApplication>

namespace Herald {

// An endpoint a person serves by hand (a phone tree, a partner portal): its settings say
// provider = "manual". Nothing goes on the network; the answer parks the row until a person
// marks it done or failed (ManualDeliveries). Any channel may have such endpoints.
class ManualSender final : public ChannelSender {
    Q_DECLARE_TR_FUNCTIONS(ManualSender)

public:
    explicit ManualSender(ChannelKind channel) : m_channel(channel) {}
    static bool isManual(const ChannelEndpoint& endpoint);

    ChannelKind channel() const override { return m_channel; }
    // Answers at once, from inside send().
    void send(const Delivery& delivery, const SendContext& context, Done done) override;
    QList<SettingField> settingFields() const override;
    QString dryRun(const Delivery& delivery, const SendContext& context) const override;

    // What the person copies: the approved plain text (out of the channel's JSON when it has one).
    static QString textToCopy(const Delivery& delivery);

private:
    ChannelKind m_channel;
};

} // namespace Herald
