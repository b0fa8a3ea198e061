#pragma once

#include "channels/ChannelComposer.h"

#include <QCoreApplication>

namespace Herald {

// A push notification: title and body as one flowing text each (lock screens show no
// paragraphs), in an APNs-style payload that FCM's apns block takes unchanged.
//
// ChannelMessage: title = notification title, text = notification body (both full; the device
// cuts them, see LockScreenText), wire = the payload:
//   {"aps": {"alert": {"title", "body"}, "sound": "default", "thread-id": "incident-<id>"},
//    "incident_id": <id>}
// "thread-id" groups one incident's notifications on the lock screen.
class PushComposer final : public ChannelComposer {
    Q_DECLARE_TR_FUNCTIONS(PushComposer)

public:
    ChannelKind channel() const override { return ChannelKind::Push; }
    ChannelMessage compose(const ComposeInput& input) const override;
    // Payload bytes against APNs/FCM's 4,096 (refused above: blocking); title and body against
    // what a lock screen shows (cut with "…" above: advice).
    QList<ChannelLimit> limits(const ChannelMessage& message) const override;

    static constexpr int maxPayloadBytes = 4096;
};

} // namespace Herald
