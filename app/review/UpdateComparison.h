#pragma once

#include "domain/ChannelKind.h"
#include "review/TextDiff.h"

#include <QCoreApplication>

#include <optional>

namespace Herald {

class DraftService;
class Store;
struct Draft;

// One thing a reviewer compares: before (the last published update) and after (this draft).
struct ComparedField {
    QString label;
    QString before;
    QString after;
    QList<DiffSegment> diff; // word diff for texts, empty for short fields
    bool changed() const { return before != after; }
};

// A draft set against the previous update of its incident that went out: the status, the
// promised next-update time and each channel's text the two have in common.
struct UpdateComparison {
    Q_DECLARE_TR_FUNCTIONS(UpdateComparison)

public:
    std::optional<qint64> previousDraftId; // none when this is the incident's first update
    QList<ComparedField> fields;
    QList<std::pair<ChannelKind, ComparedField>> channels;

    static UpdateComparison of(const Draft& draft, const Store& store, const DraftService& drafts);
};

} // namespace Herald
