#pragma once

#include <QString>

namespace Herald {

// One limit a channel imposes on a rendered message, measured in the channel's own unit
// (septets, weighted characters, graphemes, bytes, seconds). Previews show these; the wording
// checks turn the ones that do not fit into findings.
struct ChannelLimit {
    QString part; // what is measured, for people: "Text", "Subject", "Payload", "Title"
    QString unit; // "characters", "graphemes", "bytes", "segments", "seconds", ...
    int used = 0;
    int limit = 0;        // 0: no hard limit, shown for information
    bool blocking = true; // over it the channel refuses or truncates; otherwise only advice
    QString detail;       // e.g. "GSM-7, 2 segments"

    bool fits() const { return limit <= 0 || used <= limit; }
};

} // namespace Herald
