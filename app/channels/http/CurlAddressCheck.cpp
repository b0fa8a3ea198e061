#include "channels/http/CurlAddressCheck.h"

#include <sys/socket.h>

namespace Herald {

void CurlAddressCheck::install(CURL* handle)
{
    curl_easy_setopt(handle, CURLOPT_OPENSOCKETFUNCTION, &CurlAddressCheck::open);
    curl_easy_setopt(handle, CURLOPT_OPENSOCKETDATA, this);
}

curl_socket_t CurlAddressCheck::open(void* self, curlsocktype purpose, curl_sockaddr* address)
{
    auto* check = static_cast<CurlAddressCheck*>(self);
    if (purpose == CURLSOCKTYPE_IPCXN && check->m_refusal) {
        const QHostAddress host(&address->addr);
        if (const QString why = check->m_refusal(host); !why.isEmpty()) {
            check->m_reason = why;
            check->m_address = host.toString();
            return CURL_SOCKET_BAD; // libcurl tries the name's next address, if it has one
        }
    }
    return socket(address->family, address->socktype, address->protocol);
}

} // namespace Herald
