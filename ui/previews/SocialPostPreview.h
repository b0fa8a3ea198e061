#pragma once

#include "previews/ChannelPreview.h"

class QVBoxLayout;

namespace Herald {

// Posts on X, Mastodon or Bluesky as the network's timeline shows them: a card per post with an
// avatar, display name and handle, the text with its links coloured, and a thread's numbered
// posts stacked in order. The posts are read from the message's wire, so what is shown is what
// the API gets.
class SocialPostPreview final : public ChannelPreview {
    Q_OBJECT
public:
    explicit SocialPostPreview(ChannelKind channel, QWidget* parent = nullptr);
    ChannelKind channel() const override { return m_channel; }
    void showMessage(const ChannelMessage* message) override;
    // The posts' texts from a message's wire (one object or an array of them).
    static QStringList postsOf(const ChannelMessage& message);
    // A post's text as HTML with links (and, on Bluesky, tags and mentions) coloured.
    static QString postHtml(ChannelKind channel, const QString& text);

private:
    ChannelKind m_channel;
    QVBoxLayout* m_posts;
};

} // namespace Herald
