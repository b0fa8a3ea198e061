#include "timeline/ChainCheckpoint.h"

#include "base/IsoTime.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Herald {

QByteArray ChainCheckpoint::toJson() const
{
    const QJsonObject object{{u"database"_s, databaseId},
                             {u"sequence"_s, head.sequence},
                             {u"hash"_s, QString::fromLatin1(head.hash)},
                             {u"at"_s, IsoTime::utcText(at)}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<ChainCheckpoint> ChainCheckpoint::fromJson(const QByteArray& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        *error = tr("not a checkpoint: %1")
                     .arg(parseError.error == QJsonParseError::NoError ? tr("expected a JSON object")
                                                                       : parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    ChainCheckpoint checkpoint;
    checkpoint.databaseId = object.value(u"database"_s).toString();
    checkpoint.head.sequence = object.value(u"sequence"_s).toInteger(-1);
    checkpoint.head.hash = object.value(u"hash"_s).toString().toLatin1();
    checkpoint.at = IsoTime::fromText(object.value(u"at"_s).toString());
    if (checkpoint.databaseId.isEmpty()) {
        *error = tr("not a checkpoint: it names no database");
        return std::nullopt;
    }
    const bool empty = checkpoint.head.sequence == 0 && checkpoint.head.hash.isEmpty();
    if (!empty && (checkpoint.head.sequence <= 0 || !ChainHead::isHash(checkpoint.head.hash))) {
        *error = tr("not a checkpoint: it needs a sequence and a 64-digit hex hash");
        return std::nullopt;
    }
    return checkpoint;
}

QString ChainCheckpoint::judge(const ChainHead& newest, const QByteArray& hashAtWitnessed) const
{
    if (head.sequence == 0)
        return {};
    if (newest.sequence < head.sequence)
        return tr("truncated: the witnessed head is event %1, the newest event is %2")
            .arg(head.sequence)
            .arg(newest.sequence);
    if (hashAtWitnessed != head.hash)
        return tr("re-chained: event %1 differs from the witnessed head").arg(head.sequence);
    return {};
}

} // namespace Herald
