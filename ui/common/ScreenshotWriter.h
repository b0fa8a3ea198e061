#pragma once

#include <QString>

namespace Herald {

class MainWindow;

// Writes a PNG of each main view, for docs and review (./dev screenshot DIR).
class ScreenshotWriter {
public:
    // Returns the number of files written; each must be non-blank.
    static int writeAll(MainWindow& window, const QString& directory);
};

} // namespace Herald
