#include "delivery/SenderCatalog.h"

#include "channels/bluesky/BlueskySender.h"
#include "channels/email/EmailSender.h"
#include "channels/mastodon/MastodonSender.h"
#include "channels/push/SnsPushSender.h"
#include "channels/sms/SmsSender.h"
#include "channels/statuspage/StatusPageSender.h"
#include "channels/webhook/WebhookSender.h"
#include "channels/slack/SlackSender.h"
#include "channels/teams/TeamsSender.h"
#include "channels/mattermost/MattermostSender.h"

namespace Herald::SenderCatalog {

std::vector<std::unique_ptr<ChannelSender>> create(const SenderEnvironment& env)
{
    std::vector<std::unique_ptr<ChannelSender>> senders;
    // One line per channel, in ChannelKind order.
    senders.push_back(std::make_unique<SmsSender>(env.network, env.clock, env.timeoutMs));
    senders.push_back(std::make_unique<EmailSender>(env.clock, env.timeoutMs));
    senders.push_back(std::make_unique<StatusPageSender>(env.network, env.clock, env.timeoutMs));
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
