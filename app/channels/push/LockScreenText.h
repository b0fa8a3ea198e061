#pragma once

#include <QString>

namespace Herald {

// How a phone's lock screen cuts a notification. Apple and Google publish no character limits;
// these are the practical figures in channels.md §6 (third-party, iOS being the tighter):
// title one line ≈ 50 characters, body four lines ≈ 178 characters. Counted in grapheme
// clusters (what people see as characters); a cut text ends in "…" within the limit.
class LockScreenText {
public:
    static constexpr int titleLimit = 50;
    static constexpr int bodyLimit = 178;

    static int length(const QString& text);
    // text unchanged when it fits; else its first limit - 1 graphemes (trailing spaces dropped)
    // and "…", never splitting a grapheme.
    static QString truncated(const QString& text, int limit);
};

} // namespace Herald
