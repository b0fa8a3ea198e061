#include "channels/bluesky/BlueskyComposer.h"

#include "channels/bluesky/BlueskyFacets.h"
#include "channels/bluesky/BlueskyMeasure.h"
#include "channels/social/SocialLimits.h"
#include "channels/social/ThreadSplitter.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
// Graphemes while the bytes fit; past 3,000 bytes nothing fits whatever the graphemes.
int postMeasure(const QString& text)
{
    const BlueskyMeasure::Result r = BlueskyMeasure::measure(text);
    return r.bytes > BlueskyMeasure::byteLimit ? BlueskyMeasure::graphemeLimit + 1 : r.graphemes;
}
} // namespace

QStringList BlueskyComposer::posts(const QString& text)
{
    QList<ThreadSplitter::Span> spans;
    for (const BlueskyFacets::Facet& facet : BlueskyFacets::detect(text))
        spans << ThreadSplitter::Span{facet.start, facet.end};
    return ThreadSplitter::split(text, BlueskyMeasure::graphemeLimit, &postMeasure, spans);
}

QJsonObject BlueskyComposer::record(const QString& text, const QString& language)
{
    QJsonObject record{
        {u"$type"_s, u"app.bsky.feed.post"_s}, {u"text"_s, text}, {u"langs"_s, QJsonArray{language}}};
    const QJsonArray facets = BlueskyFacets::toJson(BlueskyFacets::detect(text));
    if (!facets.isEmpty())
        record.insert(u"facets"_s, facets);
    return record;
}

ChannelMessage BlueskyComposer::compose(const ComposeInput& input) const
{
    ChannelMessage message;
    message.channel = ChannelKind::Bluesky;
    message.text = input.body(ChannelKind::Bluesky, TemplateRenderer::Escaping::None, u"bluesky"_s).trimmed();
    QJsonArray records;
    for (const QString& post : posts(message.text))
        records << record(post, input.messageTemplate.locale);
    message.wire = SocialLimits::wire(records);
    return message;
}

QList<ChannelLimit> BlueskyComposer::limits(const ChannelMessage& message) const
{
    const QStringList thread = posts(message.text);
    QList<int> graphemes;
    int maxBytes = 0;
    for (const QString& post : thread) {
        const BlueskyMeasure::Result r = BlueskyMeasure::measure(post);
        graphemes << r.graphemes;
        maxBytes = std::max(maxBytes, r.bytes);
    }
    const BlueskyMeasure::Result whole = BlueskyMeasure::measure(message.text);
    QList<ChannelLimit> limits =
        SocialLimits::limits(tr("graphemes"), whole.graphemes, BlueskyMeasure::graphemeLimit, graphemes);
    const bool threaded = thread.size() > 1;
    limits.insert(1, ChannelLimit{u"bytes"_s, tr("Bytes"), tr("bytes"), whole.bytes,
                                  BlueskyMeasure::byteLimit, !threaded, tr("UTF-8")});
    if (threaded)
        limits << ChannelLimit{u"post-bytes"_s, tr("Largest post"),        tr("bytes"),
                               maxBytes,        BlueskyMeasure::byteLimit, true,
                               tr("UTF-8")};
    return limits;
}

} // namespace Herald
