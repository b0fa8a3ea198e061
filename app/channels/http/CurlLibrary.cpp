#include "channels/http/CurlLibrary.h"

namespace Herald {

void CurlLibrary::initialise()
{
    // A function-local static: thread-safe, and libcurl's own init is too in the version we use.
    static const CURLcode initialised = curl_global_init(CURL_GLOBAL_DEFAULT);
    (void)initialised;
}

bool CurlLibrary::isCertificateError(CURLcode code)
{
    return code == CURLE_PEER_FAILED_VERIFICATION || code == CURLE_SSL_CACERT_BADFILE ||
           code == CURLE_SSL_CERTPROBLEM || code == CURLE_SSL_ISSUER_ERROR ||
           code == CURLE_SSL_PINNEDPUBKEYNOTMATCH;
}

} // namespace Herald
