#include "channels/social/UrlExtractor.h"

#include "channels/social/TopLevelDomains.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {

constexpr int maxUrlLength = 4096;
constexpr int maxTcoSlugLength = 40;
constexpr int maxLabelLength = 63;

// The character classes of the twitter-text grammar, as PCRE2 class contents.
const QString latinAccents =
    u"\\x{C0}-\\x{D6}\\x{D8}-\\x{F6}\\x{F8}-\\x{FF}\\x{100}-\\x{24F}\\x{253}\\x{254}\\x{256}\\x{257}"
    u"\\x{259}\\x{25B}\\x{263}\\x{268}\\x{26F}\\x{272}\\x{289}\\x{28B}\\x{2BB}\\x{300}-\\x{36F}"
    u"\\x{1E00}-\\x{1EFF}"_s;
const QString cyrillic = u"\\x{400}-\\x{4FF}"_s;
const QString spaces =
    u"\\x{09}-\\x{0D}\\x{20}\\x{85}\\x{A0}\\x{1680}\\x{180E}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}"
    u"\\x{202F}\\x{205F}\\x{3000}"_s;
const QString invalidChars = u"\\x{FFFE}\\x{FEFF}\\x{FFFF}"_s;
const QString directionalMarkers = u"\\x{202A}-\\x{202E}\\x{061C}\\x{200E}\\x{200F}\\x{2066}-\\x{2069}"_s;
const QString punctuation = u"!'#%&()*+,\\\\\\-./:;<=>?@\\[\\]^_{|}~$"_s;

QString tldAlternatives()
{
    QStringList escaped;
    for (const QString& tld : TopLevelDomains::instance().all())
        escaped << QRegularExpression::escape(tld);
    return u"(?:(?:"_s + escaped.join(u'|') + u")(?=[^0-9a-zA-Z@+\\-]|$)|xn--[\\-0-9a-z]+)"_s;
}

struct Patterns {
    QRegularExpression url;
    QRegularExpression asciiDomain;
    QRegularExpression tco;

    Patterns()
    {
        const QString domainChar =
            u"[^"_s + punctuation + spaces + invalidChars + directionalMarkers + u"]"_s;
        // A label: domain characters, with "-" (and "_" in subdomains) only between them.
        // Possessive: giving characters back can never make the following "." match.
        const QString subdomain = domainChar + u"(?:[_\\-]*+"_s + domainChar + u")*+\\."_s;
        const QString domainName = domainChar + u"(?:\\-*+"_s + domainChar + u")*+\\."_s;
        const QString tld = tldAlternatives();
        const QString domain = u"(?:(?:"_s + subdomain + u")*"_s + domainName + tld + u")"_s;

        const QString pathChar =
            u"[a-z"_s + cyrillic + u"0-9!*';:=+,.$/%#\\[\\]\\-\\x{2013}_~@|&"_s + latinAccents + u"]"_s;
        const QString parens = u"\\((?:"_s + pathChar + u"+|(?:"_s + pathChar + u"*\\("_s + pathChar +
                               u"+\\)"_s + pathChar + u"*))\\)"_s;
        const QString pathEnd =
            u"(?:[+\\-a-z"_s + cyrillic + u"0-9=_#/"_s + latinAccents + u"]|"_s + parens + u")"_s;
        const QString path = u"(?:(?:"_s + pathChar + u"*(?:"_s + parens + pathChar + u"*)*"_s + pathEnd +
                             u")|(?:@"_s + pathChar + u"+/))"_s;
        const QString queryChar = u"[a-z0-9!?*'@();:&=+$/%#\\[\\]\\-_.,~|]"_s;
        const QString queryEnd = u"[a-z0-9\\-_&=#/]"_s;
        const QString preceding = u"(?:[^A-Za-z0-9@\\x{FF20}$#\\x{FF03}"_s + invalidChars + u"]|["_s +
                                  directionalMarkers + u"]|^)"_s;

        // 1 preceding character, 2 URL, 3 protocol, 4 domain, 5 port, 6 path, 7 query
        url.setPattern(u"("_s + preceding + u")((https?://)?("_s + domain + u")(?::([0-9]+))?(/"_s + path +
                       u"*)?(\\?"_s + queryChar + u"*"_s + queryEnd + u")?)"_s);
        url.setPatternOptions(QRegularExpression::CaseInsensitiveOption);
        asciiDomain.setPattern(u"(?:[\\-a-z0-9"_s + latinAccents + u"]+\\.)+"_s + tld);
        asciiDomain.setPatternOptions(QRegularExpression::CaseInsensitiveOption);
        tco.setPattern(u"^https?://t\\.co/([a-z0-9]+)(?:\\?"_s + queryChar + u"*"_s + queryEnd + u")?"_s);
        tco.setPatternOptions(QRegularExpression::CaseInsensitiveOption);
        url.optimize();
        asciiDomain.optimize();
        tco.optimize();
    }
};

const Patterns& patterns()
{
    static const Patterns p;
    return p;
}

// IDNA's length rule as twitter-text applies it: every label 1..63 characters once encoded, and
// a domain that claims to be punycode ("xn--") must be ASCII.
bool validDomain(const QString& domain)
{
    if (domain.startsWith(u"xn--"_s) && !patterns().asciiDomain.match(domain).hasMatch())
        return false;
    for (QStringView label : QStringView(domain).split(u'.')) {
        const int length = UrlExtractor::asciiLabelLength(label);
        if (length < 1 || length > maxLabelLength)
            return false;
    }
    return true;
}

// RFC 3492 Bootstring with the punycode parameters; only the encoded length matters here.
int punycodeLength(const QList<uint>& input)
{
    constexpr char32_t base = 36, tMin = 1, tMax = 26, skew = 38, damp = 700, initialBias = 72,
                       initialN = 128;
    const auto adapt = [](char32_t delta, char32_t points, bool first) {
        delta = first ? delta / damp : delta / 2;
        delta += delta / points;
        char32_t k = 0;
        while (delta > ((base - tMin) * tMax) / 2) {
            delta /= base - tMin;
            k += base;
        }
        return k + (base - tMin + 1) * delta / (delta + skew);
    };
    int output = 0;
    char32_t basic = 0;
    for (char32_t c : input)
        if (c < 0x80)
            ++basic;
    output += int(basic);
    if (basic > 0)
        ++output; // the delimiter
    char32_t n = initialN, delta = 0, bias = initialBias, handled = basic;
    while (handled < char32_t(input.size())) {
        char32_t m = 0x10FFFF + 1;
        for (char32_t c : input)
            if (c >= n && c < m)
                m = c;
        delta += (m - n) * (handled + 1);
        n = m;
        for (char32_t c : input) {
            if (c < n)
                ++delta;
            if (c == n) {
                char32_t q = delta;
                for (char32_t k = base;; k += base) {
                    const char32_t t = k <= bias ? tMin : (k >= bias + tMax ? tMax : k - bias);
                    if (q < t)
                        break;
                    ++output;
                    q = (q - t) / (base - t);
                }
                ++output;
                bias = adapt(delta, handled + 1, handled == basic);
                delta = 0;
                ++handled;
            }
        }
        ++delta;
        ++n;
    }
    return output;
}

} // namespace

int UrlExtractor::asciiLabelLength(QStringView label)
{
    const QList<uint> points = label.toUcs4();
    if (std::ranges::all_of(points, [](uint c) { return c < 0x80; }))
        return int(points.size());
    return 4 + punycodeLength(points);
}

QList<UrlExtractor::Url> UrlExtractor::extract(const QString& text, Protocol protocol)
{
    QList<Url> urls;
    if (protocol == Protocol::Optional ? !text.contains(u'.') : !text.contains(u':'))
        return urls;
    const Patterns& p = patterns();
    QRegularExpressionMatchIterator it = p.url.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString before = m.captured(1);
        QString url = m.captured(2);
        const QString scheme = m.captured(3);
        const QString domain = m.captured(4);
        const bool hasPath = m.capturedLength(6) > 0;
        const qsizetype start = m.capturedStart(2);
        qsizetype end = m.capturedEnd(2);

        const qsizetype schemeLength = scheme.isEmpty() ? 8 : scheme.size(); // "https://" by default
        if (!validDomain(domain) || schemeLength + url.size() > maxUrlLength)
            continue;
        if (scheme.isEmpty()) {
            if (protocol == Protocol::Required || before.endsWith(u'-') || before.endsWith(u'_') ||
                before.endsWith(u'.') || before.endsWith(u'/'))
                continue;
            // Only the ASCII domains inside a bare match count ("example.com中国語t.co").
            const qsizetype domainStart = m.capturedStart(4);
            QRegularExpressionMatchIterator ascii = p.asciiDomain.globalMatch(domain);
            bool found = false;
            while (ascii.hasNext()) {
                const QRegularExpressionMatch a = ascii.next();
                urls << Url{domainStart + a.capturedStart(), domainStart + a.capturedEnd(), a.captured()};
                found = true;
            }
            if (found && hasPath) {
                Url& last = urls.last();
                last.url += url.mid(domain.size()); // the path and query after the domain
                last.end = end;
            }
            continue;
        }
        // A t.co link ends with its slug.
        const QRegularExpressionMatch tco = p.tco.match(url);
        if (tco.hasMatch()) {
            if (tco.capturedLength(1) > maxTcoSlugLength)
                continue;
            url = tco.captured();
            end = start + url.size();
        }
        urls << Url{start, end, url};
    }
    return urls;
}

} // namespace Herald
