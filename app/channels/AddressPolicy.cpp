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
    for (const Blocked& blocked : blockedRanges) {
        if (!address.isInSubnet(QHostAddress::parseSubnet(QLatin1StringView(blocked.range))))
            continue;
        for (const auto& [network, length] : m_allowed)
            if (address.isInSubnet(network, length))
                return {};
        return tr(blocked.what);
    }
    return {};
}

QString AddressPolicy::refusedMessage(const QString& host, const QString& reason, const QString& address)
{
    return tr("Refused to connect to %1: it is %2 (%3). If this endpoint is on your own network, "
              "allow its range under File → Channels, \"Private networks senders may reach\".")
        .arg(host, reason, address);
}

} // namespace Herald
