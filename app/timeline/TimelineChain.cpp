#include "timeline/TimelineChain.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Herald {

QByteArray TimelineChain::canonicalContent(const TimelineEvent& event)
{
    // QJsonObject keeps its keys sorted, which makes the serialisation canonical.
    const QJsonObject object{
        {u"seq"_s, event.sequence},
        {u"incident"_s, event.incidentId},
        {u"at"_s, event.at.toUTC().toString(Qt::ISODateWithMs)},
        {u"actor"_s, event.actorId},
        {u"actor_name"_s, event.actorName},
        {u"type"_s, event.type},
        {u"summary"_s, event.summary},
        {u"details"_s, event.details},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray TimelineChain::hashOf(const QByteArray& previousHash, const TimelineEvent& event)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previousHash);
    hash.addData("\n");
    hash.addData(canonicalContent(event));
    return hash.result().toHex();
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
