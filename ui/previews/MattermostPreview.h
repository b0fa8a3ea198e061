#pragma once

#include "previews/ChannelPreview.h"

class QTextBrowser;

namespace Herald {

// A Mattermost post from an incoming webhook as Mattermost draws it: round avatar, user name
// with the BOT tag and the time, the text as Markdown, and the attachment with its colour bar
// and fields (short ones two to a row).
class MattermostPreview final : public ChannelPreview {
    Q_OBJECT
public:
    explicit MattermostPreview(QWidget* parent = nullptr);
    ChannelKind channel() const override { return ChannelKind::Mattermost; }
    void showMessage(const ChannelMessage* message) override;
    // Markdown (CommonMark with GitHub extensions) as an HTML fragment to embed.
    static QString markdownToHtml(const QString& markdown);

private:
    QTextBrowser* m_view;
};

} // namespace Herald
