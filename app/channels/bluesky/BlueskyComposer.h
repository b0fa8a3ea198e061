#pragma once

#include "channels/ChannelComposer.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Herald {

// An app.bsky.feed.post record (text, langs, link and tag facets with UTF-8 byte offsets); over
// 300 graphemes or 3,000 bytes it becomes a numbered thread, a JSON array of records the sender
// chains with reply refs. createdAt is stamped by the sender when it posts, and mentions get
// their facet there too, once the handle is resolved to a DID.
class BlueskyComposer final : public ChannelComposer {
    Q_DECLARE_TR_FUNCTIONS(BlueskyComposer)
public:
    ChannelKind channel() const override { return ChannelKind::Bluesky; }
    ChannelMessage compose(const ComposeInput& input) const override;
    QList<ChannelLimit> limits(const ChannelMessage& message) const override;
    static QStringList posts(const QString& text);
    static QJsonObject record(const QString& text, const QString& language);
};

} // namespace Herald
