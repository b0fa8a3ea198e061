// The SMS, X, Mastodon and Bluesky counters and thread splitters on any text: no crash, no
// hang, and for plain text (no link, mention or combining mark to stretch a post) every post of
// a thread fits its network with its counter.
#include "FuzzSupport.h"
#include "channels/bluesky/BlueskyComposer.h"
#include "channels/bluesky/BlueskyMeasure.h"
#include "channels/mastodon/MastodonComposer.h"
#include "channels/mastodon/MastodonMeasure.h"
#include "channels/sms/SmsMeasure.h"
#include "channels/x/XComposer.h"
#include "channels/x/XMeasure.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Herald;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    HeraldFuzz::ensureApplication();
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const SmsMeasure::Result sms = SmsMeasure::measure(text);
    HeraldFuzz::require(sms.segments >= 1 && sms.length >= 0, u"SMS count"_s);
    XMeasure::measure(text);
    MastodonMeasure::length(text, text.left(40));
    BlueskyMeasure::measure(text);

    const bool plain = std::ranges::all_of(text, [](QChar c) {
        return c.unicode() >= 0x20 && c.unicode() < 0x7f && c != u'.' && c != u'@' && c != u':';
    });
    const QStringList x = XComposer::posts(text);
    const QStringList mastodon = MastodonComposer(500).posts(text);
    const QStringList bluesky = BlueskyComposer::posts(text);
    if (plain && !text.trimmed().isEmpty()) {
        for (const QString& post : x)
            HeraldFuzz::require(XMeasure::weightedLength(post) <= XMeasure::maxLength, u"X post: "_s + post);
        for (const QString& post : mastodon)
            HeraldFuzz::require(MastodonMeasure::length(post) <= 500, u"Mastodon post: "_s + post);
        for (const QString& post : bluesky)
            HeraldFuzz::require(BlueskyMeasure::measure(post).fits(), u"Bluesky post: "_s + post);
    }
    return 0;
}
