#include "channels/SendOutcome.h"

#include <QCoreApplication>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
std::optional<qint64> parseRetryAfter(const QByteArray& value, const QDateTime& now)
{
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = value.trimmed().toLongLong(&ok);
    if (ok && seconds >= 0)
        return seconds;
    // An HTTP date ends in "GMT", which Qt's RFC 2822 parser does not take; it means +0000.
    QString date = QString::fromLatin1(value.trimmed());
    if (date.endsWith(u" GMT"_s))
        date = date.chopped(4) + u" +0000"_s;
    const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (when.isValid())
        return std::max<qint64>(0, now.secsTo(when));
    return std::nullopt;
}
} // namespace

SendOutcome SendOutcome::fromHttp(int status, const QString& reason, const QByteArray& retryAfter,
                                  const QString& networkError, const QDateTime& now)
{
    SendOutcome outcome;
    outcome.httpStatus = status;
    if (status == 0) {
        outcome.kind = Kind::Retry;
        outcome.message = networkError;
        return outcome;
    }
    outcome.message = u"HTTP %1 %2"_s.arg(status).arg(reason).trimmed();
    if (status >= 200 && status < 300)
        outcome.kind = Kind::Delivered;
    else if (status == 408 || status == 425 || status == 429 || status >= 500)
        outcome.kind = Kind::Retry;
    else // 3xx (redirects are not followed to other hosts), 4xx, 410 Gone
        outcome.kind = Kind::Permanent;
    if (outcome.kind == Kind::Retry)
        outcome.retryAfterSeconds = parseRetryAfter(retryAfter, now);
    return outcome;
}

} // namespace Herald
