#include "channels/AddressPolicy.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
struct Blocked {
    const char* range;
    const char* what;
};

// What the address is, in words a person can act on (IANA special-purpose registries).
constexpr Blocked blockedRanges[] = {
    {"0.0.0.0/8", QT_TRANSLATE_NOOP("AddressPolicy", "an unspecified address")},
    {"10.0.0.0/8", QT_TRANSLATE_NOOP("AddressPolicy", "a private network address")},
    {"100.64.0.0/10", QT_TRANSLATE_NOOP("AddressPolicy", "a carrier-grade NAT address")},
    {"169.254.0.0/16", QT_TRANSLATE_NOOP("AddressPolicy", "a link-local address")},
    {"172.16.0.0/12", QT_TRANSLATE_NOOP("AddressPolicy", "a private network address")},
    {"192.0.0.0/24", QT_TRANSLATE_NOOP("AddressPolicy", "a reserved address")},
    {"192.168.0.0/16", QT_TRANSLATE_NOOP("AddressPolicy", "a private network address")},
    {"198.18.0.0/15", QT_TRANSLATE_NOOP("AddressPolicy", "a reserved address")},
    {"224.0.0.0/4", QT_TRANSLATE_NOOP("AddressPolicy", "a multicast address")},
    {"240.0.0.0/4", QT_TRANSLATE_NOOP("AddressPolicy", "a reserved address")},
    {"::/128", QT_TRANSLATE_NOOP("AddressPolicy", "an unspecified address")},
    {"fc00::/7", QT_TRANSLATE_NOOP("AddressPolicy", "a private network address")},
    {"fe80::/10", QT_TRANSLATE_NOOP("AddressPolicy", "a link-local address")},
    {"fec0::/10", QT_TRANSLATE_NOOP("AddressPolicy", "a deprecated site-local address")},
    {"2001:db8::/32", QT_TRANSLATE_NOOP("AddressPolicy", "a reserved address")},
    {"ff00::/8", QT_TRANSLATE_NOOP("AddressPolicy", "a multicast address")},
};

// Cloud instance metadata hands out credentials: no allowed range opens it.
constexpr const char* metadataAddresses[] = {"169.254.169.254", "fd00:ec2::254", "100.100.100.200"};

// ::ffff:10.0.0.1 is 10.0.0.1 on the wire; judge it as that.
QHostAddress plain(const QHostAddress& address)
{
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped);
    return mapped && address.protocol() == QAbstractSocket::IPv6Protocol ? QHostAddress(v4) : address;
}

quint32 bitsAt(const Q_IPV6ADDR& v6, int byte)
{
    return quint32(v6[byte]) << 24 | quint32(v6[byte + 1]) << 16 | quint32(v6[byte + 2]) << 8 |
           quint32(v6[byte + 3]);
}

bool inRange(const QHostAddress& address, const char* range)
{
    return address.isInSubnet(QHostAddress::parseSubnet(QLatin1StringView(range)));
}

// IPv6 forms that a gateway or the kernel turns into a connection to an IPv4 address: that
// address, and what the form is called, for judging it as what it reaches.
std::optional<std::pair<QHostAddress, const char*>> embeddedIPv4(const QHostAddress& address)
{
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return std::nullopt;
    const Q_IPV6ADDR v6 = address.toIPv6Address();
    if (inRange(address, "64:ff9b::/96")) // NAT64 (RFC 6052): the last 32 bits
        return std::pair{QHostAddress(bitsAt(v6, 12)), QT_TRANSLATE_NOOP("AddressPolicy", "NAT64")};
    if (inRange(address, "2002::/16")) // 6to4 (RFC 3056): bits 16-47
        return std::pair{QHostAddress(bitsAt(v6, 2)), QT_TRANSLATE_NOOP("AddressPolicy", "6to4")};
    // IPv4-compatible (deprecated, RFC 4291): ::a.b.c.d, other than :: and ::1.
    if (inRange(address, "::/96") && !address.isLoopback() && bitsAt(v6, 12) != 0)
        return std::pair{QHostAddress(bitsAt(v6, 12)), QT_TRANSLATE_NOOP("AddressPolicy", "IPv4-compatible")};
    return std::nullopt;
}
} // namespace

std::optional<AddressPolicy> AddressPolicy::fromText(const QString& ranges, QString* problem)
{
    QList<Range> allowed;
    for (const QString& part : ranges.split(u',', Qt::SkipEmptyParts)) {
        const QString entry = part.trimmed();
        if (entry.isEmpty())
            continue;
        Range range{QHostAddress(), -1};
        if (entry.contains(u'/')) {
            range = QHostAddress::parseSubnet(entry);
        } else if (const QHostAddress single(entry); !single.isNull()) {
            range = {single, single.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128};
        }
        // Qt reads past a NUL and keeps a scope id ("fe80::1%eth0"); neither names a range.
        const bool odd = std::ranges::any_of(entry, [](QChar c) { return c.unicode() < 0x20; }) ||
                         !range.first.scopeId().isEmpty() ||
                         range.second > (range.first.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128);
        if (range.first.isNull() || odd) {
            if (problem)
                *problem = tr("\"%1\" is not an address range (expected e.g. 10.20.0.0/16 or fd00:1::/64)")
                               .arg(entry);
            return std::nullopt;
        }
        allowed << range;
    }
    return AddressPolicy(allowed);
}

QString AddressPolicy::toText() const
{
    QStringList parts;
    for (const auto& [address, length] : m_allowed)
        parts << u"%1/%2"_s.arg(address.toString(),
                                QString::number(length)); // one arg(): "%" in the text stays
    return parts.join(u", "_s);
}

QString AddressPolicy::refusal(const QHostAddress& given) const
{
    const QHostAddress address = plain(given);
    if (address.isNull())
        return tr("not an address");
    for (const char* metadata : metadataAddresses)
        if (address.isEqual(QHostAddress(QLatin1StringView(metadata))))
            return tr("a cloud metadata service, which Herald never connects to");
    if (address.isLoopback())
        return {};
    if (const auto embedded = embeddedIPv4(address); embedded && !isAllowed(address)) {
        const auto& [v4, form] = *embedded;
        // The loopback inside is the gateway's own, not this computer.
        const QString why = v4.isLoopback() ? tr("a loopback address") : refusal(v4);
        return why.isEmpty() ? QString()
                             : tr("%1 inside a %2 address (%3)").arg(why, tr(form), v4.toString());
    }
    // Teredo (2001::/32) tunnels through a relay to a client address hidden in the rest:
    // no endpoint needs it, so it is refused rather than decoded.
    if (inRange(address, "2001::/32") && !isAllowed(address))
        return tr("a Teredo tunnel address");
    for (const Blocked& blocked : blockedRanges) {
        if (!address.isInSubnet(QHostAddress::parseSubnet(QLatin1StringView(blocked.range))))
            continue;
        return isAllowed(address) ? QString() : tr(blocked.what);
    }
    return {};
}

bool AddressPolicy::isAllowed(const QHostAddress& address) const
{
    return std::ranges::any_of(
        m_allowed, [&](const Range& range) { return address.isInSubnet(range.first, range.second); });
}

QString AddressPolicy::refusedMessage(const QString& host, const QString& reason, const QString& address)
{
    return tr("Refused to connect to %1: it is %2 (%3). If this endpoint is on your own network, "
              "allow its range under File → Channels, \"Private networks senders may reach\".")
        .arg(host, reason, address);
}

} // namespace Herald
