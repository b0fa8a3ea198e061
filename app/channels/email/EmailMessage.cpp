#include "channels/email/EmailMessage.h"

#include "channels/email/EmailComposer.h"
#include "channels/email/Rfc2047.h"
#include "channels/email/SmtpSettings.h"
#include "domain/Delivery.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <KMime/Message>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
bool hasLineBreak(const QString& value)
{
    return value.contains(u'\r') || value.contains(u'\n');
}

// A plain ASCII addr-spec (RFC 5322 §3.4.1 dot-atom local part and domain): no display
// names, comments, quoting or route syntax, so what is checked is exactly what is sent.
bool isAddress(const QString& address)
{
    static const QRegularExpression pattern(
        uR"(^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*$)"_s);
    return address.size() <= 254 && pattern.match(address).hasMatch();
}

QString partBody(const QJsonObject& wire, const QString& mimeType)
{
    for (const QJsonValue& part : wire.value(u"parts"_s).toArray())
        if (part[u"content_type"_s].toString().startsWith(mimeType))
            return part[u"body"_s].toString();
    return {};
}

KMime::Content* textPart(const QByteArray& mimeType, const QString& body)
{
    auto* part = new KMime::Content;
    part->contentType()->setMimeType(mimeType);
    part->contentType()->setCharset("utf-8");
    // Quoted-printable: readable ASCII stays readable, and no line exceeds 76 characters.
    part->contentTransferEncoding()->setEncoding(KMime::Headers::CEquPr);
    part->setBody(body.toUtf8());
    return part;
}
} // namespace

std::expected<QList<QByteArray>, QString> EmailMessage::addressList(const QString& list, const QString& field)
{
    if (hasLineBreak(list))
        return std::unexpected(tr("Refused: the %1 contains a line break").arg(field));
    QList<QByteArray> addresses;
    for (const QString& item : list.split(u',', Qt::SkipEmptyParts)) {
        const QString address = item.trimmed();
        if (address.isEmpty())
            continue;
        if (!isAddress(address))
            return std::unexpected(tr("The %1 has an address that is not valid: %2").arg(field, address));
        addresses << address.toLatin1();
    }
    if (addresses.isEmpty())
        return std::unexpected(tr("The %1 has no address").arg(field));
    return addresses;
}

std::expected<EmailMessage, QString> EmailMessage::build(const Delivery& delivery,
                                                         const SmtpSettings& settings, const QDateTime& date)
{
    const QJsonObject wire = QJsonDocument::fromJson(delivery.payload).object();
    if (!wire.contains(u"subject"_s) || !wire.contains(u"parts"_s))
        return std::unexpected(tr("The outbox row is not an email message"));
    const QString subject = wire.value(u"subject"_s).toString();
    // Every header value, checked before anything is built: a line break would start a new
    // header (a Bcc, a second To) in the message or a new command in the SMTP dialogue.
    const QList<std::pair<QString, QString>> headerValues{
        {tr("subject"), subject},
        {tr("sender address"), settings.fromAddress},
        {tr("sender name"), settings.fromName},
        {tr("reply-to address"), settings.replyTo},
        {tr("recipient list"), delivery.target},
        {tr("idempotency key"), delivery.idempotencyKey},
    };
    for (const auto& [field, value] : headerValues)
        if (hasLineBreak(value))
            return std::unexpected(tr("Refused: the %1 contains a line break").arg(field));
    const auto from = addressList(settings.fromAddress, tr("sender address"));
    if (!from || from->size() != 1)
        return std::unexpected(from ? tr("The sender address must be one address") : from.error());
    const auto to = addressList(delivery.target, tr("recipient list"));
    if (!to)
        return std::unexpected(to.error());
    std::optional<QList<QByteArray>> replyTo;
    if (!settings.replyTo.isEmpty()) {
        const auto list = addressList(settings.replyTo, tr("reply-to address"));
        if (!list)
            return std::unexpected(list.error());
        replyTo = *list;
    }
    static const QRegularExpression idPattern(u"^[A-Za-z0-9._-]+$"_s);
    if (!idPattern.match(delivery.idempotencyKey).hasMatch())
        return std::unexpected(
            tr("The idempotency key cannot be a Message-ID: %1").arg(delivery.idempotencyKey));

    EmailMessage result;
    result.mailFrom = from->first();
    result.recipients = *to;
    result.messageId =
        delivery.idempotencyKey.toLatin1() + '@' + result.mailFrom.mid(result.mailFrom.indexOf('@') + 1);

    KMime::Message message;
    message.from()->addAddress(result.mailFrom, settings.fromName);
    for (const QByteArray& address : result.recipients)
        message.to()->addAddress(address);
    if (replyTo)
        for (const QByteArray& address : *replyTo)
            message.replyTo()->addAddress(address);
    message.date()->setDateTime(date);
    message.messageID()->setIdentifier(result.messageId);
    message.contentType()->setMimeType("multipart/alternative");
    // Derived from the key, so a resend is byte-for-byte the same message (and the dry run
    // shows what goes out); QP-encoded bodies never contain "=_".
    message.contentType()->setBoundary(
        "=_herald_" + QCryptographicHash::hash(delivery.idempotencyKey.toUtf8(), QCryptographicHash::Sha256)
                          .toHex()
                          .left(24));
    // RFC 2046 §5.1.4: plainest first, richest last.
    message.appendContent(textPart("text/plain", partBody(wire, u"text/plain"_s)));
    message.appendContent(textPart("text/html", partBody(wire, u"text/html"_s)));
    message.assemble();
    // The subject goes on as Rfc2047 encodes it (what the composer checked against the line
    // limits and the preview shows), first among the headers.
    result.mime = "Subject: " + Rfc2047::encode(subject, EmailComposer::subjectPrefix) + "\r\n" +
                  message.encodedContent(true);
    return result;
}

} // namespace Herald
