#include "channels/email/SmtpSettings.h"

#include <QFileInfo>
#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
SmtpSettings::Security securityFrom(const QString& key)
{
    if (key == u"tls"_s)
        return SmtpSettings::Security::Tls;
    if (key == u"none"_s)
        return SmtpSettings::Security::None;
    return SmtpSettings::Security::StartTls;
}
} // namespace

SmtpSettings SmtpSettings::fromJson(const QJsonObject& settings)
{
    SmtpSettings s;
    s.host = settings.value(hostKey).toString().trimmed();
    // The settings dialog stores numbers as numbers; a hand-written file may quote them.
    s.port = settings.value(portKey).toVariant().toInt();
    const QString security = settings.value(securityKeyName).toString();
    s.security = securityFrom(security);
    if (!security.isEmpty() && security != s.securityKey())
        s.port = -1; // an unknown mode must not quietly become STARTTLS: problem() says so
    s.username = settings.value(usernameKey).toString();
    s.fromAddress = settings.value(fromAddressKey).toString().trimmed();
    s.fromName = settings.value(fromNameKey).toString();
    s.replyTo = settings.value(replyToKey).toString().trimmed();
    s.caFile = settings.value(caFileKey).toString();
    return s;
}

int SmtpSettings::effectivePort() const
{
    if (port > 0)
        return port;
    switch (security) {
    case Security::Tls:
        return 465;
    case Security::None:
        return 25;
    case Security::StartTls:
        break;
    }
    return 587;
}

bool SmtpSettings::isLoopback() const
{
    return host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0 || QHostAddress(host).isLoopback();
}

QString SmtpSettings::url() const
{
    const QString h = host.contains(u':') ? u"[%1]"_s.arg(host) : host;
    return u"%1://%2:%3"_s.arg(security == Security::Tls ? u"smtps"_s : u"smtp"_s, h).arg(effectivePort());
}

QString SmtpSettings::securityKey() const
{
    switch (security) {
    case Security::Tls:
        return u"tls"_s;
    case Security::None:
        return u"none"_s;
    case Security::StartTls:
        break;
    }
    return u"starttls"_s;
}

QString SmtpSettings::problem() const
{
    if (host.isEmpty())
        return tr("No SMTP server set");
    if (host.contains(u'/') || host.contains(u'@') || host.contains(u' ') || host.contains(u'\r') ||
        host.contains(u'\n'))
        return tr("The SMTP server must be a host name or an IP address");
    if (port < 0)
        return tr("Unknown security mode: use starttls, tls or none");
    if (port > 65535)
        return tr("The SMTP port must be between 1 and 65535");
    if (security == Security::None && !isLoopback())
        return tr("Sending without TLS is only allowed to a server on this machine (%1 is not)").arg(host);
    if (fromAddress.isEmpty())
        return tr("No sender (From) address set");
    if (!caFile.isEmpty() && !QFileInfo(caFile).isReadable())
        return tr("The extra CA certificate file %1 cannot be read").arg(caFile);
    return {};
}

} // namespace Herald
