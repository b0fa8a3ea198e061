#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace Herald {

// Which URLs a person may point a channel at: HTTPS, or plain HTTP on this machine only.
class UrlPolicy {
    Q_DECLARE_TR_FUNCTIONS(UrlPolicy)

public:
    // Empty when acceptable, otherwise what is wrong, for people.
    static QString checkEndpointUrl(const QUrl& url);
    static bool isLoopbackHost(const QString& host);
};

} // namespace Herald
