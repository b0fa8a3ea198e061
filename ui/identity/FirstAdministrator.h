#pragma once

#include <QCoreApplication>

class QWidget;

namespace Herald {

class MainWindow;

// A database with nobody in it (a team's new shared history, say) starts by asking who sets
// it up: that person becomes its first administrator and is signed in.
class FirstAdministrator {
    Q_DECLARE_TR_FUNCTIONS(FirstAdministrator)

public:
    // True when someone was set up (or people already existed).
    static bool setUp(MainWindow& window);
};

} // namespace Herald
