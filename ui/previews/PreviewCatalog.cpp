#include "previews/PreviewCatalog.h"

#include "previews/EmailPreview.h"
#include "previews/SlackPreview.h"
#include "previews/SmsPreview.h"
#include "previews/WebhookPreview.h"

namespace Herald {

QList<ChannelPreview*> createChannelPreviews()
{
    return {
        new SmsPreview,
        new EmailPreview,
        new SlackPreview,
        new WebhookPreview,
    };
}

} // namespace Herald
