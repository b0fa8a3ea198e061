#pragma once

#include "channels/ChannelComposer.h"

#include <QCoreApplication>

namespace Herald {

// The body of a Mattermost incoming webhook: the post text in Mattermost Markdown (a heading,
// then the update) and one message attachment whose colour bar shows the severity (green once
// resolved) with the status, severity, affected components and next update as fields.
class MattermostComposer final : public ChannelComposer {
    Q_DECLARE_TR_FUNCTIONS(MattermostComposer)
public:
    // Mattermost's post message limit in characters (code points); a longer webhook post is
    // split into several posts, so it is advice rather than a refusal.
    static constexpr int postLimit = 16383;
    static inline const QString username = QStringLiteral("Herald");

    ChannelKind channel() const override { return ChannelKind::Mattermost; }
    ChannelMessage compose(const ComposeInput& input) const override;
    QList<ChannelLimit> limits(const ChannelMessage& message) const override;
    // "#rrggbb" for the attachment's colour bar.
    static QString color(const Incident& incident);
};

} // namespace Herald
