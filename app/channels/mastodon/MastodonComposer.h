#pragma once

#include "channels/ChannelComposer.h"
#include "channels/mastodon/MastodonMeasure.h"

#include <QCoreApplication>

namespace Herald {

// A status for POST /api/v1/statuses ({status, visibility, language}); longer than the
// instance allows it becomes a numbered thread (a JSON array; the sender chains each reply with
// in_reply_to_id). The limits default to Mastodon's and can be set from the instance's
// configuration.statuses.
class MastodonComposer final : public ChannelComposer {
    Q_DECLARE_TR_FUNCTIONS(MastodonComposer)
public:
    explicit MastodonComposer(int maxCharacters = MastodonMeasure::defaultLimit,
                              int urlLength = MastodonMeasure::defaultUrlLength)
        : m_maxCharacters(maxCharacters)
        , m_urlLength(urlLength)
    {
    }
    void setInstanceLimits(int maxCharacters, int urlLength)
    {
        m_maxCharacters = maxCharacters;
        m_urlLength = urlLength;
    }
    int maxCharacters() const { return m_maxCharacters; }

    ChannelKind channel() const override { return ChannelKind::Mastodon; }
    ChannelMessage compose(const ComposeInput& input) const override;
    QList<ChannelLimit> limits(const ChannelMessage& message) const override;
    QStringList posts(const QString& text) const;

private:
    int m_maxCharacters;
    int m_urlLength;
};

} // namespace Herald
