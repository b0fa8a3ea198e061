#pragma once

#include <QList>
#include <QString>

namespace Herald {

// Finds URLs the way twitter-text's extractUrlsWithIndices does (v3, js/src at 30e2430), which
// X uses to count every URL as 23 and Mastodon (protocol required) uses for its 23-character
// rule: a known top-level domain, balanced parentheses in paths, trailing punctuation left out,
// DNS labels of at most 63 (punycode) characters, and optionally bare domains ("example.com").
class UrlExtractor {
public:
    struct Url {
        qsizetype start = 0; // UTF-16 index into the text
        qsizetype end = 0;   // exclusive
        QString url;
        bool operator==(const Url&) const = default;
    };
    enum class Protocol { Optional, Required };

    static QList<Url> extract(const QString& text, Protocol protocol = Protocol::Optional);
    // Length of a DNS label once IDNA-encoded: itself when ASCII, else "xn--" + punycode.
    static int asciiLabelLength(QStringView label);
};

} // namespace Herald
