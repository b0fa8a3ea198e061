#include "delivery/SenderCatalog.h"

#include "channels/ProviderSwitch.h"
#include "channels/bluesky/BlueskySender.h"
#include "channels/email/EmailSender.h"
#include "channels/mastodon/MastodonSender.h"
#include "channels/mattermost/MattermostSender.h"
#include "channels/push/SnsPushSender.h"
#include "channels/slack/SlackSender.h"
#include "channels/sms/SmsSender.h"
#include "channels/statuspage/StaticStatusPageSender.h"
#include "channels/statuspage/StatusPageSender.h"
#include "channels/teams/TeamsSender.h"
#include "channels/webhook/WebhookSender.h"

namespace Herald::SenderCatalog {

std::vector<std::unique_ptr<ChannelSender>> create(const SenderEnvironment& env)
{
    std::vector<std::unique_ptr<ChannelSender>> senders;
    // One line per channel, in ChannelKind order.
    senders.push_back(std::make_unique<SmsSender>(env.network, env.clock, env.timeoutMs));
    senders.push_back(std::make_unique<EmailSender>(env.clock, env.timeoutMs, &env.network));
    // Status page by provider: Atlassian Statuspage unless the endpoint says "static" (files).
    auto statusPage = std::make_unique<ProviderSwitch>(ChannelKind::StatusPage);
    statusPage
        ->add(QStringLiteral("statuspage"),
              std::make_unique<StatusPageSender>(env.network, env.clock, env.timeoutMs, env.lastReference))
        .add(QStringLiteral("static"), std::make_unique<StaticStatusPageSender>(
                                           env.network, env.clock, env.timeoutMs, env.statusHistory));
    senders.push_back(std::move(statusPage));
    senders.push_back(std::make_unique<SlackSender>(env.network, env.clock, env.timeoutMs));
    senders.push_back(std::make_unique<TeamsSender>(env.network, env.clock, env.timeoutMs));
    senders.push_back(std::make_unique<MattermostSender>(env.network, env.clock, env.timeoutMs));
    senders.push_back(std::make_unique<MastodonSender>(env.network, env.clock, env.timeoutMs));
    senders.push_back(std::make_unique<BlueskySender>(env.network, env.clock, env.timeoutMs));
    senders.push_back(std::make_unique<SnsPushSender>(env.network, env.clock, env.timeoutMs));
    senders.push_back(std::make_unique<WebhookSender>(env.network, env.clock, env.timeoutMs));
    return senders;
}

} // namespace Herald::SenderCatalog
