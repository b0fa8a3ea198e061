#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <expected>

namespace Herald {

struct Delivery;
struct SmtpSettings;

// One delivery as an Internet message (RFC 5322, MIME via KMime) and its SMTP envelope:
// multipart/alternative with text/plain first and text/html last, the subject RFC 2047-encoded,
// From and Reply-To from the endpoint, To = the delivery's target (one address or a
// comma-separated list), and Message-ID = <idempotency-key@sender-domain>, the same on every
// retry so receivers can drop a resend. No header value may hold a CR or LF: such a delivery
// is refused whole, naming the field, so nothing can add a header or a recipient.
struct EmailMessage {
    Q_DECLARE_TR_FUNCTIONS(EmailMessage)

public:
    QByteArray mailFrom;          // envelope sender (MAIL FROM)
    QList<QByteArray> recipients; // envelope recipients (RCPT TO), in order
    QByteArray messageId;         // without angle brackets
    QByteArray mime;              // the message as sent after DATA, CRLF line ends

    static std::expected<EmailMessage, QString> build(const Delivery& delivery, const SmtpSettings& settings,
                                                      const QDateTime& date);
    // The addresses of a comma-separated list, or what is wrong with it; `field` names it.
    static std::expected<QList<QByteArray>, QString> addressList(const QString& list, const QString& field);
};

} // namespace Herald
