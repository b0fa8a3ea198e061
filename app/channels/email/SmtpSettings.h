#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace Herald {

// An email endpoint's SMTP options, read from ChannelEndpoint::settings. The password is not
// here: it is the endpoint's keychain secret.
struct SmtpSettings {
    Q_DECLARE_TR_FUNCTIONS(SmtpSettings)

public:
    enum class Security {
        StartTls, // submission, upgraded with STARTTLS before anything is said (RFC 3207)
        Tls,      // implicit TLS from the first byte (RFC 8314)
        None      // clear text: only to a server on this machine
    };

    QString host;
    int port = 0; // 0: the security mode's usual port
    Security security = Security::StartTls;
    QString username; // empty: no AUTH
    QString fromAddress;
    QString fromName;
    QString replyTo;
    // A PEM file of certificates trusted besides the system's (a private CA, a test's own).
    // Verification itself is never optional.
    QString caFile;

    static SmtpSettings fromJson(const QJsonObject& settings);
    int effectivePort() const;
    bool isLoopback() const;
    // smtp://host:port or smtps://host:port, IPv6 literals bracketed.
    QString url() const;
    QString securityKey() const;
    // What is wrong, for people; empty when the settings can be used.
    QString problem() const;

    static inline const QString hostKey = QStringLiteral("host");
    static inline const QString portKey = QStringLiteral("port");
    static inline const QString securityKeyName = QStringLiteral("security");
    static inline const QString usernameKey = QStringLiteral("username");
    static inline const QString fromAddressKey = QStringLiteral("from_address");
    static inline const QString fromNameKey = QStringLiteral("from_name");
    static inline const QString replyToKey = QStringLiteral("reply_to");
    static inline const QString caFileKey = QStringLiteral("ca_file");
};

} // namespace Herald
