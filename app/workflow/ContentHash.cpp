#include "workflow/ContentHash.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Herald {

QByteArray ContentHash::of(const QList<ChannelMessage>& messages, const QList<ChannelEndpoint>& targets)
{
    QJsonArray m;
    for (const ChannelMessage& message : messages)
        m << QJsonObject{{u"channel"_s, channelKey(message.channel)},
                         {u"title"_s, message.title},
                         {u"text"_s, message.text},
                         {u"html"_s, message.html},
                         {u"wire"_s, QString::fromLatin1(message.wire.toBase64())}};
    QJsonArray t;
    for (const ChannelEndpoint& target : targets)
        t << QJsonObject{
            {u"id"_s, target.id}, {u"channel"_s, channelKey(target.channel)}, {u"address"_s, target.address}};
    const QByteArray canonical =
        QJsonDocument(QJsonObject{{u"messages"_s, m}, {u"targets"_s, t}}).toJson(QJsonDocument::Compact);
    return QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex();
}

} // namespace Herald
