#include "channels/email/EmailSender.h"

#include "base/Clock.h"
#include "channels/email/EmailMessage.h"
#include "channels/email/SmtpSettings.h"
#include "channels/email/SmtpTransport.h"
#include "channels/http/OutboxNetwork.h"

using namespace Qt::StringLiterals;

namespace Herald {

EmailSender::EmailSender(const Clock& clock, int timeoutMs, const OutboxNetwork* network)
    : m_clock(clock)
    , m_timeoutMs(timeoutMs)
    , m_network(network)
{
    m_pool.setMaxThreadCount(16);
}

EmailSender::~EmailSender()
{
    m_abort->store(true);
    m_pool.waitForDone();
}

void EmailSender::send(const Delivery& delivery, const SendContext& context, Done done)
{
    const SmtpSettings settings = SmtpSettings::fromJson(context.endpoint.settings);
    if (const QString problem = settings.problem(); !problem.isEmpty()) {
        done(permanent(problem));
        return;
    }
    if (!settings.username.isEmpty() && context.secret.isEmpty()) {
        done(permanent(tr("No credential stored for %1: set the SMTP password of user %2")
                           .arg(context.endpoint.name, settings.username)));
        return;
    }
    auto message = EmailMessage::build(delivery, settings, m_clock.now());
    if (!message) {
        done(permanent(message.error()));
        return;
    }
    SmtpTransport::Request request{settings, settings.username.isEmpty() ? QByteArray() : context.secret,
                                   std::move(*message), m_timeoutMs,
                                   m_network ? m_network->addressPolicy() : AddressPolicy()};
    m_pool.start(
        [request = std::move(request), abort = m_abort, target = &m_context, done = std::move(done)] {
            const SendOutcome outcome = SmtpTransport::send(request, *abort);
            // The destructor waits for this thread before m_context goes, and a call queued to a
            // deleted object is dropped: a row whose answer is lost stays in flight and is resent.
            QMetaObject::invokeMethod(target, [done, outcome] { done(outcome); }, Qt::QueuedConnection);
        });
}

QList<SettingField> EmailSender::settingFields() const
{
    using Type = SettingField::Type;
    return {
        {SmtpSettings::hostKey, tr("SMTP server"), Type::Text, {}, u"smtp.example.com"_s, true},
        {SmtpSettings::portKey, tr("Port"), Type::Number, {}, tr("587 for STARTTLS, 465 for TLS"), false},
        {SmtpSettings::securityKeyName,
         tr("Security"),
         Type::Choice,
         {u"starttls"_s, u"tls"_s, u"none"_s},
         tr("none: only to a server on this machine"),
         false},
        {SmtpSettings::usernameKey,
         tr("User name"),
         Type::Text,
         {},
         tr("the password goes to the keychain"),
         false},
        {SmtpSettings::fromAddressKey, tr("From address"), Type::Text, {}, u"status@example.com"_s, true},
        {SmtpSettings::fromNameKey, tr("From name"), Type::Text, {}, tr("Example status"), false},
        {SmtpSettings::replyToKey, tr("Reply-To"), Type::Text, {}, u"support@example.com"_s, false},
        {SmtpSettings::caFileKey,
         tr("Extra CA certificate (PEM file)"),
         Type::Text,
         {},
         tr("trusted besides the system's; certificates are always verified"),
         false},
    };
}

QString EmailSender::validate(const ChannelEndpoint& endpoint) const
{
    const SmtpSettings settings = SmtpSettings::fromJson(endpoint.settings);
    if (QString problem = settings.problem(); !problem.isEmpty())
        return problem;
    for (const auto& [value, field] : {std::pair{settings.fromAddress, tr("sender address")},
                                       std::pair{endpoint.address, tr("recipient list")}})
        if (const auto list = EmailMessage::addressList(value, field); !list)
            return list.error();
    if (!settings.replyTo.isEmpty())
        if (const auto list = EmailMessage::addressList(settings.replyTo, tr("reply-to address")); !list)
            return list.error();
    if (settings.fromName.contains(u'\r') || settings.fromName.contains(u'\n'))
        return tr("Refused: the %1 contains a line break").arg(tr("sender name"));
    return {};
}

QString EmailSender::dryRun(const Delivery& delivery, const SendContext& context) const
{
    const SmtpSettings settings = SmtpSettings::fromJson(context.endpoint.settings);
    if (const QString problem = settings.problem(); !problem.isEmpty())
        return problem;
    const auto message = EmailMessage::build(delivery, settings, m_clock.now());
    if (!message)
        return message.error();
    QString text = u"SMTP %1 (%2, certificate verified)\n"_s.arg(settings.url(), settings.securityKey());
    if (settings.security == SmtpSettings::Security::None)
        text = u"SMTP %1 (no TLS: this machine only)\n"_s.arg(settings.url());
    if (!settings.username.isEmpty())
        text += u"AUTH user %1 password ***\n"_s.arg(settings.username);
    text += u"MAIL FROM:<%1>\n"_s.arg(QString::fromLatin1(message->mailFrom));
    for (const QByteArray& recipient : message->recipients)
        text += u"RCPT TO:<%1>\n"_s.arg(QString::fromLatin1(recipient));
    text += u"DATA\n"_s + QString::fromLatin1(message->mime).replace(u"\r\n"_s, u"\n"_s);
    return text;
}

} // namespace Herald
