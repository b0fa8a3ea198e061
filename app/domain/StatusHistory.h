#pragma once

#include "domain/Delivery.h"
#include "domain/Incident.h"

#include <QList>

namespace Herald {

// What a self-hosted status page is made from: the status-page updates already delivered to
// it (their payloads are the approved texts, with status and components), oldest first, and
// the incidents they belong to. Only what was published shows; nothing internal leaks.
struct StatusHistory {
    QList<Delivery> updates;
    QList<Incident> incidents;
};

} // namespace Herald
