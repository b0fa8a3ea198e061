#pragma once

#include "previews/ChannelPreview.h"

class QTextBrowser;

namespace Herald {

// A Slack message from the Herald app: header block, mrkdwn section and context line.
class SlackPreview final : public ChannelPreview {
    Q_OBJECT
public:
    explicit SlackPreview(QWidget* parent = nullptr);
    ChannelKind channel() const override { return ChannelKind::Slack; }
    void showMessage(const ChannelMessage* message) override;
    // Slack mrkdwn (*bold*, _italic_, `code`, <url|text>, entities) as HTML.
    static QString mrkdwnToHtml(const QString& mrkdwn);

private:
    QTextBrowser* m_view;
};

} // namespace Herald
