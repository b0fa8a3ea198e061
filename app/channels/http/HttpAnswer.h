#pragma once

#include "channels/http/HttpRequest.h"

#include <QByteArray>
#include <QString>

namespace Herald {

// What came back for one HttpRequest: the final response, or why there was none.
struct HttpAnswer {
    enum class Failure {
        None,        // a response arrived (any status)
        TimedOut,    // no complete answer within the request's timeout
        Closed,      // the server closed or reset the connection before answering
        Certificate, // the server's TLS certificate did not verify
        Refused,     // Herald refused the address (AddressPolicy): nothing was connected to
        Network      // anything else: no such host, connection refused, TLS failure...
    };

    int status = 0; // 0 when there was no response
    QByteArray reason;
    HttpHeaders headers; // of the final response, as received
    QByteArray body;
    Failure failure = Failure::None;
    QString error;          // what went wrong, in libcurl's or the policy's words
    QString refusedAddress; // Failure::Refused: the address that was not connected to

    // A response header's value (names compare case-insensitively); empty when absent.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
};

} // namespace Herald
