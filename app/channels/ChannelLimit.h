#pragma once

#include <QString>

namespace Herald {

// One limit a channel imposes on a rendered message, measured in the channel's own unit
// (septets, weighted characters, graphemes, bytes, seconds). Previews show these; the wording
// checks turn the ones that do not fit into findings.
struct ChannelLimit {
    // What is measured, stable across languages and unique within one channel's limits. Keys
    // that start with "title" measure ChannelMessage::title; every other key measures the text
    // or the payload made from it:
    //   title          the title, subject, header, incident name or push title
    //   title-line     the longest header line of the encoded email subject
    //   title-fallback Slack's notification text (the escaped header)
    //   text           the whole text in the channel's unit (SMS, social, status page, in-app, ...)
    //   text-advice    the same measure against what readers take in (status page)
    //   single-message an SMS text against one unsplit message
    //   segments       SMS segments
    //   section        the longest Slack section
    //   blocks         Slack blocks
    //   posts          posts in a social thread
    //   post           the longest post of a thread
    //   bytes          UTF-8 bytes of the text (Bluesky)
    //   post-bytes     UTF-8 bytes of the largest post of a thread (Bluesky)
    //   payload        bytes of the request body (Teams, push, webhook)
    //   payload-advice the request body against a prudent size (Teams)
    //   duration       seconds a voice message takes, against what listeners follow
    //   call-length    seconds a voice message takes, against what a call carries
    //   words          words of a reply (support macro)
    QString key;
    QString part; // what is measured, for people: "Text", "Subject", "Payload", "Title"
    QString unit; // "characters", "graphemes", "bytes", "segments", "seconds", ...
    int used = 0;
    int limit = 0;        // 0: no hard limit, shown for information
    bool blocking = true; // over it the channel refuses or truncates; otherwise only advice
    QString detail;       // e.g. "GSM-7, 2 segments"

    bool fits() const { return limit <= 0 || used <= limit; }
    // Whether the limit measures the message's title (else its text or whole payload).
    bool measuresTitle() const { return key.startsWith(QLatin1StringView("title")); }
};

} // namespace Herald
