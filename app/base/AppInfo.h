#pragma once

#include <QString>

namespace Herald::AppInfo {

// Sets application name, version, organisation domain and desktop file name, so that
// QStandardPaths, QSettings and the desktop agree on who we are.
void apply();
QString appId();
QString version();
// Where the embedded database lives unless --database says otherwise.
QString defaultDatabasePath();

} // namespace Herald::AppInfo
