#include "secrets/KeychainSecretStore.h"

#include "base/AppInfo.h"

#include <QCoreApplication>
#include <qt6keychain/keychain.h>

#include <functional>

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

// QtKeychain queues every job through one process-wide executor, which is not thread-safe: jobs
// from the dispatcher's thread and the UI's at once crash. So every job runs on the
// application's main thread, and its answer comes back on the thread that asked.
void onMainThread(std::function<void(std::function<void(std::function<void()>)>)> work)
{
    auto* caller = new QObject; // lives in the calling thread: answers are delivered there
    const auto reply = [caller](std::function<void()> answer) {
        QMetaObject::invokeMethod(caller, [caller, answer = std::move(answer)] {
            answer();
            caller->deleteLater();
        });
    };
    QMetaObject::invokeMethod(QCoreApplication::instance(), [work = std::move(work), reply] { work(reply); });
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
    onMainThread([service = m_service, key, done = std::move(done)](auto reply) {
        auto* job = makeJob<QKeychain::ReadPasswordJob>(service, key);
        QObject::connect(job, &QKeychain::Job::finished, job, [job, key, done, reply] {
            std::optional<QByteArray> secret;
            if (job->error() == QKeychain::NoError)
                secret = job->binaryData();
            const QString error = secret ? QString() : describe(*job, key);
            reply([done, secret, error] { done(secret, error); });
        });
        job->start();
    });
}

void KeychainSecretStore::write(const QString& key, const QByteArray& secret, WriteDone done)
{
    onMainThread([service = m_service, key, secret, done = std::move(done)](auto reply) {
        auto* job = makeJob<QKeychain::WritePasswordJob>(service, key);
        job->setBinaryData(secret);
        QObject::connect(job, &QKeychain::Job::finished, job, [job, key, done, reply] {
            const QString error = job->error() == QKeychain::NoError ? QString() : describe(*job, key);
            reply([done, error] { done(error); });
        });
        job->start();
    });
}

void KeychainSecretStore::remove(const QString& key, WriteDone done)
{
    // On the main thread as well: the dispatcher removes an old-style entry it has moved.
    onMainThread([service = m_service, key, done = std::move(done)](auto reply) {
        auto* job = makeJob<QKeychain::DeletePasswordJob>(service, key);
        QObject::connect(job, &QKeychain::Job::finished, job, [job, key, done, reply] {
            const QString error =
                job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound
                    ? QString()
                    : describe(*job, key);
            reply([done, error] { done(error); });
        });
        job->start();
    });
}

} // namespace Herald
