#pragma once

#include "channels/http/CurlAddressCheck.h"
#include "channels/http/HttpAnswer.h"
#include "channels/http/HttpRequest.h"

#include <QHostAddress>
#include <QString>

#include <curl/curl.h>

#include <functional>

namespace Herald {

// One HTTP exchange on a libcurl easy handle, on OutboxNetwork's worker thread: the request's
// options, the response as it arrives, and the answer it came to. Every connection it opens is
// first judged by `refusal` on the very address connected to (CurlAddressCheck).
class CurlTransfer {
public:
    using Refusal = CurlAddressCheck::Refusal;

    // `handle` is a fresh or reset easy handle; the transfer sets it up and does not own it.
    CurlTransfer(CURL* handle, quint64 id, HttpRequest request, Refusal refusal);
    ~CurlTransfer();
    CurlTransfer(const CurlTransfer&) = delete;
    CurlTransfer& operator=(const CurlTransfer&) = delete;

    CURL* handle() const { return m_handle; }
    quint64 id() const { return m_id; }
    // The answer, once libcurl says the transfer ended with `code`.
    HttpAnswer answer(CURLcode code);

private:
    static size_t onHeader(char* data, size_t size, size_t count, void* self);
    static size_t onBody(char* data, size_t size, size_t count, void* self);

    CURL* m_handle;
    quint64 m_id;
    HttpRequest m_request; // libcurl reads the body from here as it sends
    CurlAddressCheck m_addressCheck;
    curl_slist* m_headerList = nullptr;
    HttpAnswer m_answer;
    char m_error[CURL_ERROR_SIZE] = {};
};

} // namespace Herald
