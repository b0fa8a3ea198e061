#pragma once

#include "delivery/Dispatcher.h"

#include <QCoreApplication>
#include <QString>

namespace Herald {

// The outbox's settings from Herald's configuration file, shared by the app and herald-cli:
//   [outbox]
//   allowed_private_networks=10.20.0.0/16, fd00:1::/64   (ranges senders may reach; none by default)
//   timeout_ms=30000                                     (per request)
class OutboxSettings {
    Q_DECLARE_TR_FUNCTIONS(OutboxSettings)

public:
    // The dispatcher's options as configured. A setting that does not parse is left at its
    // safe default and said in `problem`, naming the setting and the file.
    static Dispatcher::Options load(QString* problem = nullptr);
    static void saveAllowedPrivateNetworks(const AddressPolicy& policy);
};

} // namespace Herald
