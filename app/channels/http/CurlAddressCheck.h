#pragma once

#include <QHostAddress>
#include <QString>

#include <curl/curl.h>

#include <functional>

namespace Herald {

// Holds a libcurl transfer to the address policy on the very address it is about to connect to
// (libcurl's open-socket hook): a name server that answers differently between a check and the
// connection cannot slip a private address past it (SSRF). The outbox's HTTP and SMTP use it.
class CurlAddressCheck {
public:
    using Refusal = std::function<QString(const QHostAddress&)>; // empty: may connect

    explicit CurlAddressCheck(Refusal refusal) : m_refusal(std::move(refusal)) {}
    CurlAddressCheck(const CurlAddressCheck&) = delete;
    CurlAddressCheck& operator=(const CurlAddressCheck&) = delete;

    // From now on `handle` opens its connections through this check, which must outlive them.
    void install(CURL* handle);

    bool refused() const { return !m_reason.isEmpty(); }
    QString reason() const { return m_reason; }   // why the last refused address was refused
    QString address() const { return m_address; } // that address

private:
    static curl_socket_t open(void* self, curlsocktype purpose, curl_sockaddr* address);

    Refusal m_refusal;
    QString m_reason;
    QString m_address;
};

} // namespace Herald
