#pragma once

#include <QString>

namespace Herald {

// Mastodon's StatusLengthValidator: grapheme clusters of content warning + text, where each
// URL with http(s):// counts 23 however long it is, and a remote mention "@user@domain" counts
// as "@user". The limit and the URL weight are per instance (GET /api/v2/instance,
// configuration.statuses); 500 and 23 are Mastodon's defaults.
class MastodonMeasure {
public:
    static constexpr int defaultLimit = 500;
    static constexpr int defaultUrlLength = 23;

    static int length(const QString& text, const QString& spoilerText = {}, int urlLength = defaultUrlLength);
    // The text as Mastodon counts it: URLs replaced by urlLength 'x', mentions by "@user".
    static QString countableText(const QString& text, int urlLength = defaultUrlLength);
};

} // namespace Herald
