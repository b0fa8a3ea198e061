#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace Herald {

// Every channel Herald knows. The keys are the channel names used everywhere: GUI, CLI, files.
enum class ChannelKind {
    Sms,
    Email,
    StatusPage,
    Slack,
    Teams,
    Mattermost,
    X,
    Mastodon,
    Bluesky,
    Push,
    InApp,
    Voice,
    Webhook,
    SupportMacro
};

QString channelKey(ChannelKind value);
std::optional<ChannelKind> channelFromKey(QStringView key);
QString channelLabel(ChannelKind value);
QList<ChannelKind> allChannels();

} // namespace Herald
