#include "channels/bluesky/BlueskyFacets.h"

#include "channels/social/TextUnits.h"
#include "channels/social/TopLevelDomains.h"

#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

// JavaScript's \s (Unicode white space and U+FEFF); PCRE's \s alone is ASCII here.
const QString space =
    u"\\s\\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}"_s;

bool validHandleOrDomain(QStringView host)
{
    return TopLevelDomains::instance().endsWithKnownTld(host);
}

} // namespace

QList<BlueskyFacets::Facet> BlueskyFacets::detect(const QString& text)
{
    QList<Facet> facets;
    const QList<int> bytes = TextUnits::utf8Offsets(text);
    const auto add = [&](Kind kind, qsizetype start, qsizetype end, const QString& value) {
        facets << Facet{kind, bytes.at(start), bytes.at(end), start, end, value};
    };

    static const QRegularExpression mention(u"(^|["_s + space + u"]|\\()@([a-zA-Z0-9.\\-]+)\\b"_s);
    for (QRegularExpressionMatchIterator it = mention.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString handle = m.captured(2);
        if (!validHandleOrDomain(handle) && !handle.endsWith(u".test"_s))
            continue; // probably not a handle
        add(Kind::Mention, m.capturedStart(2) - 1, m.capturedEnd(2), handle);
    }

    static const QRegularExpression link(
        u"(^|["_s + space + u"]|\\()((https?://[^"_s + space +
            u"]+)|((?<domain>[a-z][a-z0-9]*(\\.[a-z0-9]+)+)[^"_s + space + u"]*))"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    for (QRegularExpressionMatchIterator it = link.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QString uri = m.captured(2);
        if (!uri.startsWith(u"http"_s)) {
            const QString domain = m.captured(u"domain"_s);
            if (domain.isEmpty() || !validHandleOrDomain(domain))
                continue;
            uri.prepend(u"https://"_s);
        }
        const qsizetype start = m.capturedStart(2);
        qsizetype end = m.capturedEnd(2);
        static const QRegularExpression trailing(u"[.,;:!?]$"_s);
        if (trailing.match(uri).hasMatch()) {
            uri.chop(1);
            --end;
        }
        if (uri.endsWith(u')') && !uri.contains(u'(')) {
            uri.chop(1);
            --end;
        }
        add(Kind::Link, start, end, uri);
    }

    const QString excluded = u"\\x{AD}\\x{2060}\\x{200A}\\x{200B}\\x{200C}\\x{200D}\\x{20E2}"_s;
    static const QRegularExpression tag(u"(^|["_s + space + u"])[#\\x{FF03}]((?!\\x{FE0F})[^"_s + space +
                                        excluded + u"]*[^\\d"_s + space + u"\\p{P}"_s + excluded + u"]+[^"_s +
                                        space + excluded + u"]*)?"_s);
    static const QRegularExpression trailingPunctuation(u"\\p{P}+$"_s);
    for (QRegularExpressionMatchIterator it = tag.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QString value = m.captured(2).trimmed();
        value.remove(trailingPunctuation);
        if (value.isEmpty() || value.size() > 64)
            continue;
        const qsizetype start = m.capturedStart(0) + m.capturedLength(1);
        add(Kind::Tag, start, start + 1 + value.size(), value);
    }
    return facets;
}

QJsonArray BlueskyFacets::toJson(const QList<Facet>& facets)
{
    QList<Facet> sorted;
    for (const Facet& f : facets)
        if (f.kind != Kind::Mention)
            sorted << f;
    std::ranges::stable_sort(sorted, {}, &Facet::byteStart);
    QJsonArray array;
    for (const Facet& f : std::as_const(sorted)) {
        const QJsonObject feature =
            f.kind == Kind::Link
                ? QJsonObject{{u"$type"_s, u"app.bsky.richtext.facet#link"_s}, {u"uri"_s, f.value}}
                : QJsonObject{{u"$type"_s, u"app.bsky.richtext.facet#tag"_s}, {u"tag"_s, f.value}};
        array << QJsonObject{
            {u"index"_s, QJsonObject{{u"byteStart"_s, f.byteStart}, {u"byteEnd"_s, f.byteEnd}}},
            {u"features"_s, QJsonArray{feature}}};
    }
    return array;
}

} // namespace Herald
