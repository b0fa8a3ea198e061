#pragma once

#include <QString>

namespace Herald {

// app.bsky.feed.post text limits (lexicon maxGraphemes 300, maxLength 3000): both must hold.
// Bluesky has no URL discount; the visible text counts in full.
class BlueskyMeasure {
public:
    static constexpr int graphemeLimit = 300;
    static constexpr int byteLimit = 3000;

    struct Result {
        int graphemes = 0;
        int bytes = 0; // UTF-8
        bool fits() const { return graphemes <= graphemeLimit && bytes <= byteLimit; }
    };
    static Result measure(const QString& text);
};

} // namespace Herald
