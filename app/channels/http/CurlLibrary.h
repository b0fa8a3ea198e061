#pragma once

#include <curl/curl.h>

namespace Herald {

// libcurl's process-wide set-up, done once before the first handle (SMTP and HTTP both use it).
class CurlLibrary {
public:
    static void initialise();
    // Whether a transfer ended because a TLS certificate did not verify: a person must look,
    // as it will not start verifying by itself (Herald never turns verification off).
    static bool isCertificateError(CURLcode code);
};

} // namespace Herald
