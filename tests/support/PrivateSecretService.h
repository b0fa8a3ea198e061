#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace Herald::Test {

// A real Secret Service for tests: a private D-Bus session bus with gnome-keyring-daemon on it,
// its keyring unlocked and kept in a temporary folder. Construct it before anything talks to
// D-Bus: it points this process's session bus address at the private bus.
class PrivateSecretService {
public:
    PrivateSecretService();
    ~PrivateSecretService();
    // Empty when running; otherwise what is missing (the test should fail or skip saying so).
    QString error() const { return m_error; }
    // The keyring files, to check secrets never land anywhere else in plain text.
    QString keyringDir() const;

private:
    QTemporaryDir m_home;
    qint64 m_busPid = 0;
    QString m_error;
};

} // namespace Herald::Test
