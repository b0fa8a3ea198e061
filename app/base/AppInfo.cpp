#include "base/AppInfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Herald::AppInfo {

void apply()
{
    QCoreApplication::setApplicationName(u"herald"_s);
    QCoreApplication::setOrganizationDomain(u"herald.org"_s);
    QCoreApplication::setApplicationVersion(version());
}

QString appId()
{
    return QStringLiteral(HERALD_APP_ID);
}

QString version()
{
    return QStringLiteral(HERALD_VERSION);
}

QString defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(u"herald.sqlite"_s);
}

} // namespace Herald::AppInfo
