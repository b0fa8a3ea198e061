#pragma once

#include "domain/ChannelKind.h"

#include <QString>

#include <optional>

namespace Herald {

// One problem the wording checks found, pointing at a span of one channel's rendered text.
struct Finding {
    enum class Severity { Info, Warning, Blocking };

    QString rule; // stable key, e.g. "vague-phrase", "jargon", "over-limit"
    Severity severity = Severity::Warning;
    std::optional<ChannelKind> channel; // none: the draft as a whole (e.g. consistency)
    QString part;                       // "text" or "title"
    int start = 0;                      // UTF-16 offsets into that part; start == end: the whole part
    int end = 0;
    QString message; // for people: what is wrong and what to do instead

    bool blocks() const { return severity == Severity::Blocking; }
};

// "info", "warning", "blocking": the names used in settings, JSON and the CLI.
QString findingSeverityKey(Finding::Severity severity);
std::optional<Finding::Severity> findingSeverityFromKey(QStringView key);

} // namespace Herald
