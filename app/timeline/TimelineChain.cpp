#include "timeline/TimelineChain.h"

#include "base/IsoTime.h"
#include "base/Sha256.h"
#include "timeline/CanonicalJson.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Herald {

QByteArray TimelineChain::detailsJson(const TimelineEvent& event)
{
    return QJsonDocument(event.details).toJson(QJsonDocument::Compact);
}

QByteArray TimelineChain::canonicalContent(const TimelineEvent& event)
{
    return canonicalContent(event, detailsJson(event));
}

QByteArray TimelineChain::canonicalContent(const TimelineEvent& event, QByteArrayView detailsJson)
{
    // The compact JSON of a QJsonObject of these members, whose keys QJsonObject sorts; written
    // directly (CanonicalJson), so the keys are listed here in that order.
    return CanonicalJson()
        .add("actor"_L1, event.actorId)
        .add("actor_name"_L1, event.actorName)
        .add("at"_L1, IsoTime::utcText(event.at))
        .addJson("details"_L1, detailsJson)
        .add("incident"_L1, event.incidentId)
        .add("seq"_L1, event.sequence)
        .add("summary"_L1, event.summary)
        .add("type"_L1, event.type)
        .text();
}

QByteArray TimelineChain::hashOf(const QByteArray& previousHash, const TimelineEvent& event)
{
    return hashOf(previousHash, event, detailsJson(event));
}

QByteArray TimelineChain::hashOf(const QByteArray& previousHash, const TimelineEvent& event,
                                 QByteArrayView detailsJson)
{
    return Sha256::hash({previousHash, "\n", canonicalContent(event, detailsJson)}).toHex();
}

std::optional<TimelineChain::Break> TimelineChain::verify(const QList<TimelineEvent>& events,
                                                          const QByteArray& previousHash,
                                                          qint64 firstSequence)
{
    QByteArray previous = previousHash;
    qint64 expectedSequence = firstSequence;
    for (const TimelineEvent& event : events) {
        if (event.sequence != expectedSequence)
            return Break{event.sequence,
                         QCoreApplication::translate("TimelineChain", "expected event %1 here, found %2")
                             .arg(expectedSequence)
                             .arg(event.sequence)};
        if (event.previousHash != previous)
            return Break{event.sequence, QCoreApplication::translate("TimelineChain",
                                                                     "does not link to the event before it")};
        if (hashOf(previous, event) != event.hash)
            return Break{event.sequence,
                         QCoreApplication::translate("TimelineChain", "its content does not match its hash")};
        previous = event.hash;
        ++expectedSequence;
    }
    return std::nullopt;
}

} // namespace Herald
