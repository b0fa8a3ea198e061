#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace Herald::Test {

// A real SMTP server (aiosmtpd, tests/app/email/smtp_server.py) on 127.0.0.1: what it received
// and how (TLS version, authenticated user) is read back from the files it writes.
class SmtpServer {
public:
    enum class Mode { Plain, StartTls, Tls };
    struct Options {
        Mode mode = Mode::Plain;
        QString certFile{}; // for StartTls and Tls
        QString keyFile{};
        QString user{}; // set: AUTH required with this user and password
        QString password{};
        QString mechanisms = QStringLiteral("PLAIN,LOGIN");
    };

    explicit SmtpServer(const Options& options);
    ~SmtpServer();
    // Empty when listening; otherwise why not.
    QString error() const { return m_error; }
    quint16 port() const { return m_port; }
    // Every DATA attempt, accepted or not, in order.
    QList<QJsonObject> log() const;
    // The accepted messages as received, in order.
    QList<QByteArray> messages() const;

    // A self-signed certificate for 127.0.0.1 made with the openssl command line tool in `dir`:
    // <name>.pem and <name>.key; empty on success, else openssl's complaint.
    static QString makeCertificate(const QString& dir, const QString& name);

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace Herald::Test
