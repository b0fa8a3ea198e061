#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace Herald {

// Where Herald keeps credentials (API tokens, SMTP passwords, signing secrets): the system
// keychain, never the database, settings files or logs. Asynchronous, because a keychain may
// ask the user to unlock it; callbacks run on the caller's thread.
class SecretStore {
public:
    // The secret, or nothing with the reason (missing, locked, no keychain service).
    using ReadDone = std::function<void(std::optional<QByteArray> secret, const QString& error)>;
    // Empty error on success.
    using WriteDone = std::function<void(const QString& error)>;

    virtual ~SecretStore() = default;
    virtual void read(const QString& key, ReadDone done) = 0;
    virtual void write(const QString& key, const QByteArray& secret, WriteDone done) = 0;
    virtual void remove(const QString& key, WriteDone done) = 0;

    // The key of an endpoint's credential. Endpoint ids start at 1 in every database, so the key
    // names the database too (Store::databaseId()): a test or demo database never shares one.
    static QString endpointKey(const QString& databaseId, qint64 endpointId)
    {
        return QStringLiteral("%1/endpoint/%2").arg(databaseId).arg(endpointId);
    }
};

} // namespace Herald
