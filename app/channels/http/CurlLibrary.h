#pragma once

namespace Herald {

// libcurl's process-wide set-up, done once before the first handle (SMTP and HTTP both use it).
class CurlLibrary {
public:
    static void initialise();
};

} // namespace Herald
