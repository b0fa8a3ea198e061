#include "channels/social/TopLevelDomains.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
QStringList strings(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& v : value.toArray())
        list << v.toString();
    return list;
}
} // namespace

TopLevelDomains::TopLevelDomains()
{
    QFile file(u":/herald/channels/twitter_tlds.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("The TLD list is not compiled in (resources/channels/twitter_tlds.json)");
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    m_country = strings(root.value(u"country"_s));
    m_generic = strings(root.value(u"generic"_s));
    if (!m_generic.contains(u"onion"_s))
        m_generic << u"onion"_s; // twitter-text adds it to the generated list by hand
    m_all = m_country + m_generic;
    std::ranges::sort(m_all, [](const QString& a, const QString& b) {
        return a.size() != b.size() ? a.size() > b.size() : a < b;
    });
}

const TopLevelDomains& TopLevelDomains::instance()
{
    static const TopLevelDomains domains;
    return domains;
}

bool TopLevelDomains::endsWithKnownTld(QStringView host) const
{
    const qsizetype dot = host.lastIndexOf(u'.');
    if (dot < 0)
        return false;
    const QStringView tld = host.mid(dot + 1);
    return std::ranges::any_of(m_all, [&](const QString& t) { return t == tld; });
}

} // namespace Herald
