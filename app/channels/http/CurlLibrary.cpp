#include "channels/http/CurlLibrary.h"

#include <curl/curl.h>

namespace Herald {

void CurlLibrary::initialise()
{
    // A function-local static: thread-safe, and libcurl's own init is too in the version we use.
    static const CURLcode initialised = curl_global_init(CURL_GLOBAL_DEFAULT);
    (void)initialised;
}

} // namespace Herald
