#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Herald {

// One entry of the append-only, hash-chained timeline.
struct TimelineEvent {
    qint64 sequence = 0;   // position in the chain, from 1
    qint64 incidentId = 0; // 0 for events about no incident (settings, people)
    QDateTime at;
    qint64 actorId = 0; // 0 for Herald itself (the dispatcher)
    QString actorName;  // kept as it was then, so renaming a person does not rewrite history
    QString type;       // a TimelineEventType key, e.g. "draft.approved"
    QString summary;    // one line for people
    QJsonObject details;
    QByteArray previousHash;
    QByteArray hash;
};

} // namespace Herald
