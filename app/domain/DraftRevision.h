#pragma once

#include "domain/DraftContent.h"

#include <QDateTime>

namespace Herald {

// An immutable saved version of a draft's content. Approvals and sends refer to revisions.
struct DraftRevision {
    qint64 id = 0;
    qint64 draftId = 0;
    int number = 0;
    DraftContent content;
    qint64 authorId = 0;
    QDateTime createdAt;
};

} // namespace Herald
