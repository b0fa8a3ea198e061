#pragma once

#include "channels/ChannelComposer.h"

#include <QCoreApplication>

namespace Herald {

// An incident update as Atlassian Statuspage takes it (POST/PATCH /pages/{page}/incidents).
//
// ChannelMessage: title = the incident name, text = the update body as posted (plain),
// html = the body as the page shows it (HTML-escaped paragraphs), wire = the request body:
//   {"incident": {"name", "status", "impact_override", "body", "components": {name: status},
//                 "deliver_notifications": true}}
// "status" is the incident's own status (investigating/identified/monitoring/resolved, or
// scheduled/in_progress/verifying/completed for maintenance: the same words Statuspage uses).
// "components" is keyed by component name: Herald knows no page's component ids, so the
// sender swaps names for ids from GET /pages/{page}/components before sending.
class StatusPageComposer final : public ChannelComposer {
    Q_DECLARE_TR_FUNCTIONS(StatusPageComposer)

public:
    ChannelKind channel() const override { return ChannelKind::StatusPage; }
    ChannelMessage compose(const ComposeInput& input) const override;
    // Name ≤ 255 and body ≤ 25,000 (the API refuses more); a body over bodyAdvice is long
    // for people scanning a status page (advice only).
    QList<ChannelLimit> limits(const ChannelMessage& message) const override;

    static constexpr int maxName = 255;
    static constexpr int maxBody = 25000;
    static constexpr int bodyAdvice = 1000;
    // Statuspage's impact_override for a severity; maintenance is always "maintenance".
    static QString impactFor(const Incident& incident);
};

} // namespace Herald
