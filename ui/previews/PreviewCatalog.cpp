#include "previews/PreviewCatalog.h"

#include "previews/EmailPreview.h"
#include "previews/InAppPreview.h"
#include "previews/PushPreview.h"
#include "previews/SlackPreview.h"
#include "previews/SmsPreview.h"
#include "previews/StatusPagePreview.h"
#include "previews/SupportMacroPreview.h"
#include "previews/VoicePreview.h"
#include "previews/SocialPostPreview.h"
#include "previews/WebhookPreview.h"

namespace Herald {

QList<ChannelPreview*> createChannelPreviews()
{
    return {
        new SmsPreview,
        new EmailPreview,
        new SlackPreview,
        new SocialPostPreview(ChannelKind::X),
        new SocialPostPreview(ChannelKind::Mastodon),
        new SocialPostPreview(ChannelKind::Bluesky),
        new WebhookPreview,
        new StatusPagePreview,
        new PushPreview,
        new InAppPreview,
        new VoicePreview,
        new SupportMacroPreview,
    };
}

} // namespace Herald
