#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace Herald {

// Which addresses Herald connects to for an address a person typed (SSRF, reliability.md §6):
// no private, link-local, shared (carrier NAT), unique-local, multicast, reserved or unspecified
// address, unless its range is allowed here, and never a cloud metadata service. IPv6 forms
// that reach an IPv4 address through a gateway (NAT64, 6to4, IPv4-compatible) are judged by
// that address; Teredo and the deprecated site-local range are refused. This computer
// (loopback) is allowed: local relays run there, and plain http is only allowed there.
class AddressPolicy {
    Q_DECLARE_TR_FUNCTIONS(AddressPolicy)

public:
    using Range = std::pair<QHostAddress, int>;

    AddressPolicy() = default;
    explicit AddressPolicy(QList<Range> allowed) : m_allowed(std::move(allowed)) {}
    // "10.20.0.0/16, fd00:1::/64, 192.168.5.7" (a bare address is a range of one); on a bad
    // entry, nothing and what is wrong with it.
    static std::optional<AddressPolicy> fromText(const QString& ranges, QString* problem = nullptr);
    QString toText() const;

    // Why Herald will not connect to `address`, for people; empty when it may.
    QString refusal(const QHostAddress& address) const;
    // What a send refused for that reason says: the host typed, the reason, the address it
    // resolved to, and where to allow it.
    static QString refusedMessage(const QString& host, const QString& reason, const QString& address);

private:
    bool isAllowed(const QHostAddress& address) const; // in a range allowed here

    QList<Range> m_allowed;
};

} // namespace Herald
