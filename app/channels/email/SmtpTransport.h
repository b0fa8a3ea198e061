#pragma once

#include "channels/AddressPolicy.h"
#include "channels/SendOutcome.h"
#include "channels/email/EmailMessage.h"
#include "channels/email/SmtpSettings.h"

#include <QCoreApplication>

#include <atomic>

namespace Herald {

// One SMTP submission with libcurl: connect, TLS (implicit or STARTTLS, certificate always
// verified), AUTH when a user name is set, MAIL FROM, RCPT TO each recipient, DATA. Blocking:
// EmailSender runs it on a worker thread. The server's answer decides the outcome: 2xx
// delivered; 4xx and connection trouble retried; 5xx (unknown user, bad credentials) and a
// certificate that does not verify need a person.
class SmtpTransport {
    Q_DECLARE_TR_FUNCTIONS(SmtpTransport)

public:
    struct Request {
        SmtpSettings settings;
        QByteArray password;
        EmailMessage message;
        int timeoutMs = 30'000;
        // The relay is an address a person typed: held to the policy like every other (SSRF).
        AddressPolicy addresses = {};
    };

    // `abort` set from another thread ends the transfer early (reported as a retry).
    static SendOutcome send(const Request& request, const std::atomic<bool>& abort);
};

} // namespace Herald
