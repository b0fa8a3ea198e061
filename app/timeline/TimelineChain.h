#pragma once

#include "domain/TimelineEvent.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace Herald {

// The timeline's tamper evidence: each event's hash covers its canonical content and the
// previous event's hash, so altering, removing or reordering any stored event breaks the chain.
class TimelineChain {
public:
    // Canonical form: compact JSON with sorted keys and UTC millisecond timestamps.
    static QByteArray canonicalContent(const TimelineEvent& event);
    static QByteArray hashOf(const QByteArray& previousHash, const TimelineEvent& event);
    // The same, with the event's details given as their compact JSON already (as stored).
    static QByteArray canonicalContent(const TimelineEvent& event, QByteArrayView detailsJson);
    static QByteArray hashOf(const QByteArray& previousHash, const TimelineEvent& event,
                             QByteArrayView detailsJson);
    static QByteArray detailsJson(const TimelineEvent& event);

    struct Break {
        qint64 sequence = 0; // the first event that does not verify
        QString reason;
    };
    // Checks events in chain order; nullopt when they all verify. To continue an already
    // verified chain, pass the last verified event's hash and the sequence that follows it.
    static std::optional<Break> verify(const QList<TimelineEvent>& events,
                                       const QByteArray& previousHash = {}, qint64 firstSequence = 1);
};

} // namespace Herald
