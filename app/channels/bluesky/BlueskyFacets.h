#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>

namespace Herald {

// Rich-text facets as the Bluesky reference client detects them (packages/api rich-text
// detection): links with or without "https://" (bare domains need a known TLD; trailing
// punctuation and an unmatched ")" are left out), mentions of handles and #tags, each with
// UTF-8 byte offsets (start inclusive, end exclusive) as app.bsky.richtext.facet wants them.
class BlueskyFacets {
public:
    enum class Kind { Mention, Link, Tag };
    struct Facet {
        Kind kind = Kind::Link;
        int byteStart = 0;
        int byteEnd = 0;
        qsizetype start = 0; // UTF-16, for previews
        qsizetype end = 0;
        QString value; // the link's full URI, the handle without "@", the tag without "#"
    };

    // In the client's order: mentions, links, tags.
    static QList<Facet> detect(const QString& text);
    // The app.bsky.richtext.facet objects for links and tags, by position. Mentions need the
    // handle resolved to a DID, which only the network can do; they are left to the sender.
    static QJsonArray toJson(const QList<Facet>& facets);
};

} // namespace Herald
