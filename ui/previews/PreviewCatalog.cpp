#include "previews/PreviewCatalog.h"

#include "previews/EmailPreview.h"
#include "previews/InAppPreview.h"
#include "previews/MattermostPreview.h"
#include "previews/PushPreview.h"
#include "previews/SlackPreview.h"
#include "previews/SmsPreview.h"
#include "previews/SocialPostPreview.h"
#include "previews/StatusPagePreview.h"
#include "previews/SupportMacroPreview.h"
#include "previews/TeamsPreview.h"
#include "previews/VoicePreview.h"
#include "previews/WebhookPreview.h"

namespace Herald {

namespace {
ChannelPreview* createPreview(ChannelKind channel)
{
    switch (channel) {
    case ChannelKind::Sms:
        return new SmsPreview;
    case ChannelKind::Email:
        return new EmailPreview;
    case ChannelKind::StatusPage:
        return new StatusPagePreview;
    case ChannelKind::Slack:
        return new SlackPreview;
    case ChannelKind::Teams:
        return new TeamsPreview;
    case ChannelKind::Mattermost:
        return new MattermostPreview;
    case ChannelKind::X:
    case ChannelKind::Mastodon:
    case ChannelKind::Bluesky:
        return new SocialPostPreview(channel);
    case ChannelKind::Push:
        return new PushPreview;
    case ChannelKind::InApp:
        return new InAppPreview;
    case ChannelKind::Voice:
        return new VoicePreview;
    case ChannelKind::Webhook:
        return new WebhookPreview;
    case ChannelKind::SupportMacro:
        return new SupportMacroPreview;
    }
    return nullptr;
}
} // namespace

QList<ChannelPreview*> createChannelPreviews()
{
    QList<ChannelPreview*> previews;
    for (ChannelKind channel : allChannels())
        previews << createPreview(channel);
    return previews;
}

} // namespace Herald
