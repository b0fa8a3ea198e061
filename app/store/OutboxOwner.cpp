#include "store/OutboxOwner.h"

#include "base/HeraldError.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
QString lockPath(const QString& databasePath, const QString& token)
{
    return OutboxOwner::folderOf(databasePath) + u'/' + token + u".lock"_s;
}

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}
} // namespace

QString OutboxOwner::folderOf(const QString& databasePath)
{
    return databasePath + u".outbox-owners"_s;
}

OutboxOwner::OutboxOwner(QString token, QString path, int fd)
    : m_token(std::move(token))
    , m_path(std::move(path))
    , m_fd(fd)
{
}

OutboxOwner::~OutboxOwner()
{
    // Removed first: whoever looks from now on finds no owner, as after a crash.
    ::unlink(QFile::encodeName(m_path).constData());
    ::close(m_fd);
}

std::unique_ptr<OutboxOwner> OutboxOwner::take(const QString& databasePath)
{
    const QString folder = folderOf(databasePath);
    if (!QDir().mkpath(folder))
        throw HeraldError(tr("Cannot create %1 to record which process sends from the outbox.").arg(folder));
    // The pid is for people reading the folder; the random part makes the token unique forever,
    // so a new process that gets a dead one's pid is never taken for it.
    const QString token =
        u"%1-%2"_s.arg(::getpid()).arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'));
    const QString path = lockPath(databasePath, token);
    // Locked under a temporary name, then renamed: a checker never sees the final name unlocked,
    // so it cannot take a starting owner for a dead one.
    const QString temporary = path + u".new"_s;
    const int fd =
        ::open(QFile::encodeName(temporary).constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0)
        throw HeraldError(tr("Cannot create %1: %2").arg(temporary, systemError()));
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0 ||
        ::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) != 0) {
        const QString error = systemError();
        ::unlink(QFile::encodeName(temporary).constData());
        ::close(fd);
        throw HeraldError(tr("Cannot lock %1: %2").arg(path, error));
    }
    return std::unique_ptr<OutboxOwner>(new OutboxOwner(token, path, fd));
}

bool OutboxOwner::isAlive(const QString& databasePath, const QString& token)
{
    if (token.isEmpty())
        return false;
    const QByteArray path = QFile::encodeName(lockPath(databasePath, token));
    const int fd = ::open(path.constData(), O_RDWR | O_CLOEXEC);
    if (fd < 0)
        return errno != ENOENT; // no file: gone; unreadable: assume it runs rather than send twice
    if (::flock(fd, LOCK_EX | LOCK_NB) == 0) {
        ::unlink(path.constData()); // its owner is gone for good: tokens are never reused
        ::close(fd);
        return false;
    }
    // Held (EWOULDBLOCK), or the lock cannot be asked about: assume it runs rather than send twice.
    ::close(fd);
    return true;
}

} // namespace Herald
