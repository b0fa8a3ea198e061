#pragma once

#include "channels/ChannelComposer.h"
#include "channels/ComposeInput.h"
#include "channels/chat/ChatFacts.h"

#include <QCoreApplication>

namespace Herald {

// The body a Microsoft Teams Workflows (Power Automate) webhook takes: a message with one
// Adaptive Card (schema 1.4, full width) holding a coloured header, a fact set (status,
// severity, affected components, next update) and the text, one TextBlock per line.
class TeamsComposer final : public ChannelComposer {
    Q_DECLARE_TR_FUNCTIONS(TeamsComposer)
public:
    // Teams refuses messages over about 28 KB (channels.md §3); Workflows may still answer 202,
    // so the size is checked here. Under 20 KB leaves room for what Teams adds.
    static constexpr int payloadLimit = 28 * 1024;
    static constexpr int prudentPayload = 20000;
    static constexpr auto cardVersion = "1.4";

    ChannelKind channel() const override { return ChannelKind::Teams; }
    ChannelMessage compose(const ComposeInput& input) const override;
    QList<ChannelLimit> limits(const ChannelMessage& message) const override;
    // "attention", "warning", "good" or "accent": the header's Adaptive Card colour.
    static QString colorName(ChatFacts::Tone tone);
};

} // namespace Herald
