#include "channels/social/SocialLimits.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Herald {

QList<ChannelLimit> SocialLimits::limits(const QString& unit, int length, int limit,
                                         const QList<int>& postLengths)
{
    if (postLengths.size() <= 1)
        return {ChannelLimit{u"text"_s, tr("Text"), unit, length, limit, true, QString()}};
    const int posts = int(postLengths.size());
    return {
        ChannelLimit{u"text"_s, tr("Text"), unit, length, limit, false,
                     tr("split into a thread of %n posts", nullptr, posts)},
        ChannelLimit{u"posts"_s, tr("Posts"), tr("posts"), posts, 0, false,
                     tr("numbered \"(1/%1)\" at the end").arg(posts)},
        ChannelLimit{u"post"_s, tr("Longest post"), unit, std::ranges::max(postLengths), limit, true,
                     QString()},
    };
}

QByteArray SocialLimits::wire(const QJsonArray& bodies)
{
    if (bodies.size() == 1)
        return QJsonDocument(bodies.first().toObject()).toJson(QJsonDocument::Compact);
    return QJsonDocument(bodies).toJson(QJsonDocument::Compact);
}

} // namespace Herald
