#include "channels/mastodon/MastodonMeasure.h"

#include "channels/social/TextUnits.h"
#include "channels/social/UrlExtractor.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
struct Entity {
    qsizetype start, end;
    QString replacement;
};
} // namespace

QString MastodonMeasure::countableText(const QString& text, int urlLength)
{
    QList<Entity> entities;
    for (const UrlExtractor::Url& url : UrlExtractor::extract(text, UrlExtractor::Protocol::Required))
        entities << Entity{url.start, url.end, QString(urlLength, u'x')};
    // Mastodon's mention pattern (Account::MENTION_RE): not after a word character or "/".
    static const QRegularExpression mention(
        u"(?<![\\w/])@([a-z0-9_]+(?:[a-z0-9_.\\-]+[a-z0-9_]+)?)(?:@[\\w.\\-]+\\w+)?"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    // URLs and mentions both come in text order: one pass over the URLs finds the overlaps
    // (checking every URL for every mention was quadratic in long texts).
    const qsizetype urls = entities.size();
    qsizetype url = 0;
    QRegularExpressionMatchIterator it = mention.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        while (url < urls && entities.at(url).end <= m.capturedStart())
            ++url;
        const bool overlaps = url < urls && entities.at(url).start < m.capturedEnd();
        if (!overlaps)
            entities << Entity{m.capturedStart(), m.capturedEnd(), u"@"_s + m.captured(1)};
    }
    std::ranges::sort(entities, {}, &Entity::start);
    QString out;
    qsizetype at = 0;
    for (const Entity& e : std::as_const(entities)) {
        out += QStringView(text).mid(at, e.start - at);
        out += e.replacement;
        at = e.end;
    }
    out += QStringView(text).mid(at);
    return out;
}

int MastodonMeasure::length(const QString& text, const QString& spoilerText, int urlLength)
{
    return TextUnits::graphemes(countableText(spoilerText, urlLength)) +
           TextUnits::graphemes(countableText(text, urlLength));
}

} // namespace Herald
