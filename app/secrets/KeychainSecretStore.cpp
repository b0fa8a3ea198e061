#include "secrets/KeychainSecretStore.h"

#include "base/AppInfo.h"

#include <qt6keychain/keychain.h>

namespace Herald {

namespace {
QString describe(const QKeychain::Job& job, const QString& key)
{
    using namespace QKeychain;
    switch (job.error()) {
    case EntryNotFound:
        return KeychainSecretStore::tr("No secret is stored for %1.").arg(key);
    case NoBackendAvailable:
        return KeychainSecretStore::tr("No system keychain is available (on Linux: a Secret Service such as "
                                       "GNOME Keyring or KWallet). Herald never stores secrets elsewhere.");
    case AccessDenied:
    case AccessDeniedByUser:
        return KeychainSecretStore::tr("The system keychain refused access to %1: %2")
            .arg(key, job.errorString());
    default:
        return KeychainSecretStore::tr("The system keychain failed for %1: %2").arg(key, job.errorString());
    }
}

template <typename Job> Job* makeJob(const QString& service, const QString& key)
{
    auto* job = new Job(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}
} // namespace

KeychainSecretStore::KeychainSecretStore(QString service)
    : m_service(service.isEmpty() ? AppInfo::appId() : std::move(service))
{
}

void KeychainSecretStore::read(const QString& key, ReadDone done)
{
    auto* job = makeJob<QKeychain::ReadPasswordJob>(m_service, key);
    QObject::connect(job, &QKeychain::Job::finished, job, [job, key, done = std::move(done)] {
        if (job->error() == QKeychain::NoError)
            done(job->binaryData(), QString());
        else
            done(std::nullopt, describe(*job, key));
    });
    job->start();
}

void KeychainSecretStore::write(const QString& key, const QByteArray& secret, WriteDone done)
{
    auto* job = makeJob<QKeychain::WritePasswordJob>(m_service, key);
    job->setBinaryData(secret);
    QObject::connect(job, &QKeychain::Job::finished, job, [job, key, done = std::move(done)] {
        done(job->error() == QKeychain::NoError ? QString() : describe(*job, key));
    });
    job->start();
}

void KeychainSecretStore::remove(const QString& key, WriteDone done)
{
    auto* job = makeJob<QKeychain::DeletePasswordJob>(m_service, key);
    QObject::connect(job, &QKeychain::Job::finished, job, [job, key, done = std::move(done)] {
        done(job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound
                 ? QString()
                 : describe(*job, key));
    });
    job->start();
}

} // namespace Herald
