#include "PrivateSecretService.h"

#include <QDir>
#include <QStandardPaths>

#include <csignal>

using namespace Qt::StringLiterals;

namespace Herald::Test {

PrivateSecretService::PrivateSecretService()
{
    const QString dbus = QStandardPaths::findExecutable(u"dbus-daemon"_s);
    const QString keyring = QStandardPaths::findExecutable(u"gnome-keyring-daemon"_s);
    if (dbus.isEmpty() || keyring.isEmpty()) {
        m_error =
            u"dbus-daemon or gnome-keyring-daemon is not installed (packages dbus-daemon, gnome-keyring)"_s;
        return;
    }
    for (const char* name : {"HOME", "XDG_DATA_HOME", "XDG_RUNTIME_DIR", "XDG_CONFIG_HOME"}) {
        const QString dir = m_home.filePath(QString::fromLatin1(name).toLower());
        QDir().mkpath(dir);
        qputenv(name, dir.toLocal8Bit());
    }
    QProcess bus;
    bus.start(dbus, {u"--session"_s, u"--fork"_s, u"--print-address=1"_s, u"--print-pid=1"_s});
    if (!bus.waitForFinished(10000) || bus.exitCode() != 0) {
        m_error = u"dbus-daemon did not start: %1"_s.arg(QString::fromLocal8Bit(bus.readAllStandardError()));
        return;
    }
    const QStringList lines =
        QString::fromLocal8Bit(bus.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    if (lines.size() < 2) {
        m_error = u"dbus-daemon printed no address"_s;
        return;
    }
    qputenv("DBUS_SESSION_BUS_ADDRESS", lines[0].trimmed().toLocal8Bit());
    m_busPid = lines[1].trimmed().toLongLong();
    // --unlock reads the new login keyring's password from stdin and creates it unlocked.
    QProcess daemon;
    daemon.start(keyring, {u"--components=secrets"_s, u"--unlock"_s, u"--daemonize"_s});
    daemon.write("herald-test-keyring");
    daemon.closeWriteChannel();
    if (!daemon.waitForFinished(10000) || daemon.exitCode() != 0)
        m_error = u"gnome-keyring-daemon did not start: %1"_s.arg(
            QString::fromLocal8Bit(daemon.readAllStandardError()));
}

PrivateSecretService::~PrivateSecretService()
{
    // The keyring daemon leaves with its bus.
    if (m_busPid > 0)
        ::kill(pid_t(m_busPid), SIGTERM);
}

QString PrivateSecretService::keyringDir() const
{
    return m_home.filePath(u"xdg_data_home/keyrings"_s);
}

} // namespace Herald::Test
