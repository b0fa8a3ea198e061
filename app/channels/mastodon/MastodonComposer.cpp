#include "channels/mastodon/MastodonComposer.h"

#include "channels/social/SocialLimits.h"
#include "channels/social/ThreadSplitter.h"
#include "channels/social/UrlExtractor.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Herald {

QStringList MastodonComposer::posts(const QString& text) const
{
    QList<ThreadSplitter::Span> urls;
    for (const UrlExtractor::Url& url : UrlExtractor::extract(text, UrlExtractor::Protocol::Required))
        urls << ThreadSplitter::Span{url.start, url.end};
    const int urlLength = m_urlLength;
    return ThreadSplitter::split(
        text, m_maxCharacters,
        [urlLength](const QString& t) { return MastodonMeasure::length(t, {}, urlLength); }, urls);
}

ChannelMessage MastodonComposer::compose(const ComposeInput& input) const
{
    ChannelMessage message;
    message.channel = ChannelKind::Mastodon;
    message.text =
        input.body(ChannelKind::Mastodon, TemplateRenderer::Escaping::None, u"mastodon"_s).trimmed();
    QJsonArray bodies;
    for (const QString& post : posts(message.text))
        bodies << QJsonObject{{u"status"_s, post},
                              {u"visibility"_s, u"public"_s},
                              {u"language"_s, input.messageTemplate.locale}};
    message.wire = SocialLimits::wire(bodies);
    return message;
}

QList<ChannelLimit> MastodonComposer::limits(const ChannelMessage& message) const
{
    QList<int> lengths;
    for (const QString& post : posts(message.text))
        lengths << MastodonMeasure::length(post, {}, m_urlLength);
    return SocialLimits::limits(tr("characters"), MastodonMeasure::length(message.text, {}, m_urlLength),
                                m_maxCharacters, lengths);
}

} // namespace Herald
