#pragma once

#include "channels/ChannelComposer.h"

#include <QCoreApplication>

namespace Herald {

// A Block Kit message for a Slack incoming webhook: a header, the text as mrkdwn in as many
// sections as it needs, and a context line with status, severity and affected components.
class SlackComposer final : public ChannelComposer {
    Q_DECLARE_TR_FUNCTIONS(SlackComposer)
public:
    // Slack's published limits (docs.slack.dev/reference/block-kit/blocks).
    static constexpr int headerLimit = 150;
    static constexpr int sectionLimit = 3000;
    static constexpr int blockLimit = 50;
    static constexpr int textLimit = 40000; // top-level "text"; Slack truncates beyond it

    ChannelKind channel() const override { return ChannelKind::Slack; }
    ChannelMessage compose(const ComposeInput& input) const override;
    QList<ChannelLimit> limits(const ChannelMessage& message) const override;
    // Status, severity and components, escaped for mrkdwn.
    static QString contextLine(const Incident& incident);
    // The text cut into pieces of at most `limit` characters: whole paragraphs where they fit,
    // then lines, then words, and only as a last resort mid-word (never inside an entity such
    // as "&amp;" or a surrogate pair).
    static QStringList splitSections(const QString& text, int limit = sectionLimit);
    // Characters as Slack counts them: Unicode code points.
    static int characters(QStringView text);
};

} // namespace Herald
