#include "channels/x/XComposer.h"

#include "channels/social/SocialLimits.h"
#include "channels/social/ThreadSplitter.h"
#include "channels/social/UrlExtractor.h"
#include "channels/x/XMeasure.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Herald {

QStringList XComposer::posts(const QString& text)
{
    QList<ThreadSplitter::Span> urls;
    for (const UrlExtractor::Url& url : UrlExtractor::extract(text))
        urls << ThreadSplitter::Span{url.start, url.end};
    return ThreadSplitter::split(text, XMeasure::maxLength, &XMeasure::weightedLength, urls);
}

ChannelMessage XComposer::compose(const ComposeInput& input) const
{
    ChannelMessage message;
    message.channel = ChannelKind::X;
    message.text = input.body(ChannelKind::X, TemplateRenderer::Escaping::None, u"x"_s).trimmed();
    QJsonArray bodies;
    for (const QString& post : posts(message.text))
        bodies << QJsonObject{{u"text"_s, post}};
    message.wire = SocialLimits::wire(bodies);
    return message;
}

QList<ChannelLimit> XComposer::limits(const ChannelMessage& message) const
{
    const QStringList thread = posts(message.text);
    QList<int> lengths;
    for (const QString& post : thread)
        lengths << XMeasure::weightedLength(post);
    return SocialLimits::limits(tr("weighted characters"), XMeasure::weightedLength(message.text),
                                XMeasure::maxLength, lengths);
}

} // namespace Herald
