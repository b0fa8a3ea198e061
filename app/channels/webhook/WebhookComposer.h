#pragma once

#include "channels/ChannelComposer.h"

#include <QCoreApplication>

namespace Herald {

// The generic webhook's JSON body, schema "herald.update" version 1, described by
// resources/schemas/herald-update-v1.schema.json. Fields are only ever added within a version.
class WebhookComposer final : public ChannelComposer {
    Q_DECLARE_TR_FUNCTIONS(WebhookComposer)
public:
    static constexpr int schemaVersion = 1;
    // Standard Webhooks recommends payloads under 20 kB; receivers may refuse larger ones.
    static constexpr int recommendedPayload = 20000;
    ChannelKind channel() const override { return ChannelKind::Webhook; }
    ChannelMessage compose(const ComposeInput& input) const override;
    QList<ChannelLimit> limits(const ChannelMessage& message) const override;
};

} // namespace Herald
