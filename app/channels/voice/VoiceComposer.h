#pragma once

#include "channels/ChannelComposer.h"

#include <QCoreApplication>

namespace Herald {

// A phone call or voice broadcast: the title, then the update, read by a speech engine.
//
// ChannelMessage: title = what the call is about (not spoken separately), text = exactly what
// is said (SpokenText), wire = the SSML (<speak> with <p>/<s> and <break>s) for Polly, Twilio
// <Say> or any SSML engine.
class VoiceComposer final : public ChannelComposer {
    Q_DECLARE_TR_FUNCTIONS(VoiceComposer)

public:
    ChannelKind channel() const override { return ChannelKind::Voice; }
    ChannelMessage compose(const ComposeInput& input) const override;
    // Duration: over adviceSeconds people stop listening (advice); over maxSeconds the message
    // is too long for a call and blocks. Characters: Polly bills at most 3,000 per request.
    QList<ChannelLimit> limits(const ChannelMessage& message) const override;

    static constexpr int adviceSeconds = 60;
    static constexpr int maxSeconds = 120;
    static constexpr int maxCharacters = 3000;
    // Estimated spoken duration of a message's text, rounded up to whole seconds.
    static int estimatedSeconds(const QString& spoken);
};

} // namespace Herald
