#include "delivery/OutboxSettings.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace Herald {

namespace {
const QString allowedKey = u"outbox/allowed_private_networks"_s;
const QString timeoutKey = u"outbox/timeout_ms"_s;
} // namespace

Dispatcher::Options OutboxSettings::load(QString* problem)
{
    const QSettings settings;
    Dispatcher::Options options;
    QStringList problems;
    // QSettings reads "a, b" as a list; either way it is one comma-separated text.
    const QString ranges = settings.value(allowedKey).toStringList().join(u',');
    QString bad;
    if (const auto policy = AddressPolicy::fromText(ranges, &bad))
        options.addresses = *policy;
    else
        problems << tr("%1 in %2: %3; no private network is allowed until it is corrected.")
                        .arg(allowedKey, settings.fileName(), bad);
    if (settings.contains(timeoutKey)) {
        bool number = false;
        const int ms = settings.value(timeoutKey).toInt(&number);
        if (number && ms >= 1000)
            options.timeoutMs = ms;
        else
            problems << tr("%1 in %2 must be a number of milliseconds, at least 1000; using %3.")
                            .arg(timeoutKey, settings.fileName())
                            .arg(options.timeoutMs);
    }
    if (problem)
        *problem = problems.join(u'\n');
    return options;
}

void OutboxSettings::saveAllowedPrivateNetworks(const AddressPolicy& policy)
{
    QSettings().setValue(allowedKey, policy.toText());
}

} // namespace Herald
