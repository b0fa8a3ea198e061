#include "channels/UrlPolicy.h"

#include <QCoreApplication>
#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace Herald {

bool UrlPolicy::isLoopbackHost(const QString& host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString UrlPolicy::checkEndpointUrl(const QUrl& url)
{
    if (!url.isValid() || url.host().isEmpty())
        return tr("This is not a complete web address (expected https://host/path).");
    if (!url.userInfo().isEmpty())
        return tr("Put credentials in the channel's secret, not in the address.");
    if (url.scheme() == u"https"_s)
        return {};
    if (url.scheme() == u"http"_s)
        return isLoopbackHost(url.host())
                   ? QString()
                   : tr("Use https: plain http is only allowed for this computer (localhost).");
    return tr("Use an https:// address.");
}

} // namespace Herald
