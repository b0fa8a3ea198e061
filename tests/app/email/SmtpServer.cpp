#include "SmtpServer.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Herald::Test {

SmtpServer::SmtpServer(const Options& options)
{
    QStringList arguments{QStringLiteral(HERALD_TEST_DATA "/../app/email/smtp_server.py"), u"--outdir"_s,
                          m_dir.path(), u"--mode"_s};
    arguments << (options.mode == Mode::Tls        ? u"tls"_s
                  : options.mode == Mode::StartTls ? u"starttls"_s
                                                   : u"plain"_s);
    if (options.mode != Mode::Plain)
        arguments << u"--cert"_s << options.certFile << u"--key"_s << options.keyFile;
    if (!options.user.isEmpty())
        arguments << u"--user"_s << options.user << u"--password"_s << options.password << u"--mechanisms"_s
                  << options.mechanisms;
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(u"python3"_s, arguments);
    if (!m_process.waitForStarted(10'000)) {
        m_error = m_process.errorString();
        return;
    }
    while (m_process.state() == QProcess::Running && !m_process.canReadLine())
        m_process.waitForReadyRead(10'000);
    const QByteArray line = m_process.readLine().trimmed();
    if (!line.startsWith("PORT ")) {
        m_error = u"smtp_server.py did not start: "_s + QString::fromUtf8(line);
        return;
    }
    m_port = quint16(line.mid(5).toUInt());
}

SmtpServer::~SmtpServer()
{
    m_process.kill();
    m_process.waitForFinished(5'000);
}

QList<QJsonObject> SmtpServer::log() const
{
    QFile file(m_dir.filePath(u"log.jsonl"_s));
    QList<QJsonObject> records;
    if (!file.open(QIODevice::ReadOnly))
        return records;
    for (const QByteArray& line : file.readAll().split('\n'))
        if (!line.trimmed().isEmpty())
            records << QJsonDocument::fromJson(line).object();
    return records;
}

QList<QByteArray> SmtpServer::messages() const
{
    QList<QByteArray> result;
    const QDir dir(m_dir.path());
    for (const QString& name : dir.entryList({u"*.eml"_s}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            result << file.readAll();
    }
    return result;
}

QString SmtpServer::makeCertificate(const QString& dir, const QString& name)
{
    QProcess openssl;
    openssl.start(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s,
                                 u"2"_s, u"-subj"_s, u"/CN=Herald test SMTP %1"_s.arg(name), u"-addext"_s,
                                 u"subjectAltName=IP:127.0.0.1,DNS:localhost"_s, u"-keyout"_s,
                                 dir + u'/' + name + u".key"_s, u"-out"_s, dir + u'/' + name + u".pem"_s});
    if (!openssl.waitForFinished(60'000) || openssl.exitCode() != 0)
        return QString::fromUtf8(openssl.readAllStandardError());
    return {};
}

} // namespace Herald::Test
