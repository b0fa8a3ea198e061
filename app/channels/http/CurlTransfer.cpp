#include "channels/http/CurlTransfer.h"

#include "channels/http/CurlLibrary.h"

namespace Herald {

namespace {
// A provider's answer is a status and a short body; more than this is not read into memory.
constexpr qsizetype maxBodySize = 4 * 1024 * 1024;
} // namespace

CurlTransfer::CurlTransfer(CURL* handle, quint64 id, HttpRequest request, Refusal refusal)
    : m_handle(handle)
    , m_id(id)
    , m_request(std::move(request))
    , m_addressCheck(std::move(refusal))
{
    curl_easy_setopt(m_handle, CURLOPT_PRIVATE, this);
    curl_easy_setopt(m_handle, CURLOPT_URL, m_request.url.toEncoded().constData());
    curl_easy_setopt(m_handle, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(m_handle, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(m_handle, CURLOPT_TIMEOUT_MS, long(m_request.timeoutMs));
    curl_easy_setopt(m_handle, CURLOPT_ERRORBUFFER, m_error);
    // Redirects are not followed (Standard Webhooks: a redirect is a failure); TLS peers and host
    // names are verified, libcurl's default, never turned off.
    curl_easy_setopt(m_handle, CURLOPT_FOLLOWLOCATION, 0L);
    const QByteArray& verb = m_request.verb;
    if (verb == "GET") {
        curl_easy_setopt(m_handle, CURLOPT_HTTPGET, 1L);
    } else if (verb == "HEAD") {
        curl_easy_setopt(m_handle, CURLOPT_NOBODY, 1L);
    } else {
        curl_easy_setopt(m_handle, CURLOPT_POSTFIELDS, m_request.body.constData());
        curl_easy_setopt(m_handle, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(m_request.body.size()));
        if (verb != "POST")
            curl_easy_setopt(m_handle, CURLOPT_CUSTOMREQUEST, verb.constData());
    }
    for (const auto& [name, value] : m_request.headers) {
        // "Name;" is libcurl's way of sending a header with an empty value.
        const QByteArray line = value.isEmpty() ? QByteArray(name + ';') : QByteArray(name + ": " + value);
        m_headerList = curl_slist_append(m_headerList, line.constData());
    }
    // No "Expect: 100-continue" round trip before a large body.
    m_headerList = curl_slist_append(m_headerList, "Expect:");
    curl_easy_setopt(m_handle, CURLOPT_HTTPHEADER, m_headerList);
    curl_easy_setopt(m_handle, CURLOPT_HEADERFUNCTION, &CurlTransfer::onHeader);
    curl_easy_setopt(m_handle, CURLOPT_HEADERDATA, this);
    curl_easy_setopt(m_handle, CURLOPT_WRITEFUNCTION, &CurlTransfer::onBody);
    curl_easy_setopt(m_handle, CURLOPT_WRITEDATA, this);
    m_addressCheck.install(m_handle);
}

CurlTransfer::~CurlTransfer()
{
    curl_slist_free_all(m_headerList);
}

size_t CurlTransfer::onHeader(char* data, size_t size, size_t count, void* self)
{
    auto* transfer = static_cast<CurlTransfer*>(self);
    const QByteArray line = QByteArray(data, qsizetype(size * count)).trimmed();
    HttpAnswer& answer = transfer->m_answer;
    if (line.startsWith("HTTP/")) {
        // A new response (after a 100 Continue, say): only the last one's headers count.
        answer.headers.clear();
        // "HTTP/1.1 503 Service Unavailable"; HTTP/2 has no reason phrase.
        const qsizetype first = line.indexOf(' ');
        const qsizetype second = first < 0 ? -1 : line.indexOf(' ', first + 1);
        answer.reason = second < 0 ? QByteArray() : line.mid(second + 1);
    } else if (const qsizetype colon = line.indexOf(':'); colon > 0) {
        answer.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return size * count;
}

size_t CurlTransfer::onBody(char* data, size_t size, size_t count, void* self)
{
    QByteArray& body = static_cast<CurlTransfer*>(self)->m_answer.body;
    const qsizetype room = maxBodySize - body.size();
    body.append(data, std::min(room, qsizetype(size * count)));
    return size * count;
}

HttpAnswer CurlTransfer::answer(CURLcode code)
{
    HttpAnswer answer = std::move(m_answer);
    const QString detail = QString::fromUtf8(m_error[0] ? m_error : curl_easy_strerror(code));
    switch (code) {
    case CURLE_OK: {
        long status = 0;
        curl_easy_getinfo(m_handle, CURLINFO_RESPONSE_CODE, &status);
        answer.status = int(status);
        answer.failure = HttpAnswer::Failure::None; // another address of the name was allowed
        return answer;
    }
    case CURLE_OPERATION_TIMEDOUT:
        answer.failure = HttpAnswer::Failure::TimedOut;
        break;
    case CURLE_GOT_NOTHING:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_PARTIAL_FILE:
        answer.failure = HttpAnswer::Failure::Closed;
        break;
    default:
        if (CurlLibrary::isCertificateError(code))
            answer.failure = HttpAnswer::Failure::Certificate;
        else // a refused address ends as "could not connect": the refusal is the reason
            answer.failure =
                m_addressCheck.refused() ? HttpAnswer::Failure::Refused : HttpAnswer::Failure::Network;
        break;
    }
    answer.status = 0;
    answer.error = detail;
    if (answer.failure == HttpAnswer::Failure::Refused) {
        answer.error = m_addressCheck.reason();
        answer.refusedAddress = m_addressCheck.address();
    }
    return answer;
}

} // namespace Herald
