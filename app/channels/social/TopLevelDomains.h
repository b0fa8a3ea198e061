#pragma once

#include <QStringList>

namespace Herald {

// The top-level domains twitter-text knows (twitter-text config/tld_lib.yml, Apache-2.0, in
// resources/channels/twitter_tlds.json): X, Mastodon and Bluesky only link a bare domain with
// one of these.
class TopLevelDomains {
public:
    static const TopLevelDomains& instance();
    const QStringList& country() const { return m_country; }
    const QStringList& generic() const { return m_generic; }
    // Every domain, lower case, longest first.
    const QStringList& all() const { return m_all; }
    // Whether host ends in "." and a known TLD (exact case, as the Bluesky client checks).
    bool endsWithKnownTld(QStringView host) const;

private:
    TopLevelDomains();
    QStringList m_country;
    QStringList m_generic;
    QStringList m_all;
};

} // namespace Herald
